class Base:
    __match_args__ = ("a",)
    def __init__(self, a, b=None):
        self.a = a
        self.b = b

class Child(Base):
    pass

class Override(Base):
    __match_args__ = ("b", "a")

def f(x):
    match x:
        case Override(b, a):
            return ("override", b, a)
        case Child(a):
            return ("child", a)
        case Base(a):
            return ("base", a)

print(f(Base(1)))
print(f(Child(2)))
print(f(Override(3, 4)))

# a subclass instance matches a base class pattern
match Child(5):
    case Base(a=5):
        print("child matched Base(a=5)")
