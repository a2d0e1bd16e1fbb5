class Meta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", type(obj).__name__)
        return isinstance(obj, int)

class Anything(metaclass=Meta):
    pass

match 5:
    case Anything():
        print("5 matches Anything() through __instancecheck__")
match "s":
    case Anything():
        print("no")
    case _:
        print("'s' does not")

# a non-matching class never reads __match_args__
class Bad:
    __match_args__ = "not a tuple"

match 5:
    case Bad(x):
        print("no")
    case _:
        print("Bad(x) failed before __match_args__ was checked")
