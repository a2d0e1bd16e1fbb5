# __copy__, __deepcopy__(memo), __reduce__ / __reduce_ex__, __getstate__/__setstate__.
import copy


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
cc, dc = copy.copy(c), copy.deepcopy(c)
print(cc.v is c.v, dc.v == c.v, dc.v is not c.v)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b * 10})


r = copy.copy(Reduced(1, 2))
print(r.a, r.b)


class ReducedEx:
    def __reduce_ex__(self, proto):
        print("proto", proto)
        return (list, ([1, 2],))


print(copy.copy(ReducedEx()))


class Name:
    def __reduce__(self):
        return "global_name"


n = Name()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class State:
    def __init__(self):
        self.x = 1
        self.cache = "big"

    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None


s = copy.deepcopy(State())
print(s.x, s.cache)


class NewArgs:
    def __new__(cls, a):
        self = object.__new__(cls)
        self.a = a
        return self

    def __getnewargs__(self):
        return (self.a * 2,)


print(copy.copy(NewArgs(4)).a)


class Items:
    def __init__(self):
        self.data = []

    def append(self, x):
        self.data.append(("appended", x))

    def __reduce__(self):
        return (Items, (), None, iter([1, 2]))


print(copy.copy(Items()).data)
