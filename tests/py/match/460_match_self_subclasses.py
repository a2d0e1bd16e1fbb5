class S(str):
    pass

class L(list):
    pass

class T(tuple):
    __match_args__ = ("first",)
    @property
    def first(self):
        return self[0]

def f(x):
    match x:
        case str(s):
            return ("str", s, type(s).__name__)
        case T(first):
            return ("T first", first)
        case list([a, b]):
            return ("list of two", a, b)
        case _:
            return "other"

print(f(S("sub")))
print(f(T((7, 8))))
print(f(L([1, 2])))
print(f([1, 2, 3]))
