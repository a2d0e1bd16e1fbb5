# replace(): a new instance through __init__; InitVar and init=False rules.
from dataclasses import dataclass, field, replace, InitVar


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
q = replace(p, y=5)
print(p, q, q is not p, replace(p) == p, replace(p) is not p)
try:
    replace(p, z=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class C:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.b = self.a * scale


c = C(2, 10)
print(c, replace(c), replace(c, a=3), replace(c, scale=5))
try:
    replace(c, b=1)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class D:
    a: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.total = self.a + k


d = D(1, 2)
print(replace(d, k=5).total)
try:
    replace(d, a=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(1, a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(D, a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace()
except TypeError as e:
    print(type(e).__name__)


@dataclass
class WithObj:
    obj: object = None


print(replace(WithObj(), obj=3), replace(p, x=p))
