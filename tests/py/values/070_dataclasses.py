# dataclasses on top of inline values: asdict, replace, frozen, order.
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1, 2)
print(p, dataclasses.asdict(p), dataclasses.astuple(p))
q = dataclasses.replace(p, y=5)
print(q, q == Point(1, 5), p == q)
print(vars(p))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)))
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del f.a
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(dataclasses.replace(f, b="c"), vars(f))


@dataclass(order=True)
class Ordered:
    k: int
    v: str


print(sorted([Ordered(3, "c"), Ordered(1, "a"), Ordered(2, "b")]))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(4), vars(WithPost(5)))
