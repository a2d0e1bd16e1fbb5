# Instances of Python classes: __dict__, __slots__, subclasses of built-ins.
import copy


class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items


p = P(1, [1, 2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c.x, c.items is p.items, d.items is not p.items, d.items)


class S:
    __slots__ = ("a", "b", "__private")

    def __init__(self):
        self.a = [1]
        self.__private = "p"


s = S()
cs = copy.copy(s)
print(cs.a is s.a, cs._S__private, hasattr(cs, "b"), S.__slotnames__)
ds = copy.deepcopy(s)
print(ds.a == s.a, ds.a is not s.a)


class Both(S):
    def __init__(self):
        super().__init__()
        self.extra = {"e": 1}


b = Both()
cb = copy.deepcopy(b)
print(cb.a, cb.extra, cb._S__private, type(cb).__name__)


class L(list):
    pass


x = L([1, [2]])
x.tag = "t"
y = copy.copy(x)
z = copy.deepcopy(x)
print(type(y).__name__, y, y.tag, y[1] is x[1], z[1] is not x[1])


class D(dict):
    pass


dx = D(a=[1])
dx.note = 1
dy = copy.deepcopy(dx)
print(type(dy).__name__, dy, dy["a"] is not dx["a"], dy.note)


class I(int):
    pass


print(type(copy.copy(I(7))).__name__, copy.deepcopy(I(7)) + 1)


class T(tuple):
    pass


print(type(copy.copy(T((1, 2)))).__name__, copy.copy(T((1, 2))))


class FS(frozenset):
    pass


print(type(copy.copy(FS([1]))).__name__, sorted(copy.deepcopy(FS([2, 1]))))
o = copy.copy(object())
print(type(o).__name__)
