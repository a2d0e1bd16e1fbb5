# Slot names: mangling, conflicts with class variables, invalid names.
class M:
    __slots__ = ("__private", "_single", "__dunder__")

    def __init__(self):
        self.__private = 1
        self._single = 2
        self.__dunder__ = 3

    def get(self):
        return self.__private


m = M()
print("mangled:", m.get(), m._M__private, sorted(k for k in M.__dict__ if "private" in k))
print("not mangled:", m._single, m.__dunder__)


class _Under:
    __slots__ = ("__p",)


print("leading underscores stripped:", [k for k in _Under.__dict__ if k.endswith("__p")])
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
for bad in (("1x",), ("a b",), (1,), ("",)):
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError", e)


class Dup:
    __slots__ = ("a", "a")


print("duplicate slot ok? ", end="")
d = Dup()
d.a = 1
print(d.a)


class FromList:
    __slots__ = ["p", "q"]


f = FromList()
f.p = 1
print("list of slots:", f.p, FromList.__slots__)


class FromDict:
    __slots__ = {"k": "doc for k"}


print("dict of slots:", FromDict.__slots__, FromDict.k.__doc__)
