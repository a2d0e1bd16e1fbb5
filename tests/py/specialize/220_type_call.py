# Calling an ordinary class makes the instance and runs a Python __init__
# directly; every other shape of class takes the general path.
import abc


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


print([vars(P(i)) for i in range(3)], vars(P(1, y=5)), vars(P(x=7)))
for bad in ((), (1, 2, 3)):
    try:
        P(*bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Returns:
    def __init__(self):
        return 1


try:
    Returns()
except TypeError as e:
    print(type(e).__name__, e)


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError(n)


print(type(Raises(1)).__name__)
try:
    Raises(5)
except ValueError as e:
    print(type(e).__name__, e)


class Abstract(abc.ABC):
    def __init__(self):
        pass

    @abc.abstractmethod
    def run(self):
        pass


try:
    Abstract()
except TypeError as e:
    print(type(e).__name__, e)


class Star:
    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw


s = Star(1, 2, a=3)
print(s.args, s.kw)


class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.made = "by __new__"
        return o

    def __init__(self, v):
        self.v = v


w = WithNew(4)
print(w.made, w.v)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(9).a)


class Later:
    def __init__(self, a):
        self.a = a


objs = [Later(i) for i in range(10)]
Later.__init__ = lambda self, a, b=0: setattr(self, "a", a + b + 100)
print(objs[-1].a, Later(1).a, Later(1, 2).a)
del Later.__init__
try:
    Later(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Later()).__name__)


class Counted(int):
    def __init__(self, v):
        self.seen = v


print(Counted(5) + 1, Counted(5).seen)
