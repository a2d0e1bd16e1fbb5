# Methods defined in the class body are kept; inherited ones are replaced.
from dataclasses import dataclass, field


class Base:
    def __repr__(self):
        return 'Base repr'

    def __eq__(self, other):
        return 'base eq'


@dataclass
class Own:
    x: int

    def __init__(self, x, scale=1):
        self.x = x * scale

    def __eq__(self, other):
        return 'own eq'


o = Own(2, 3)
print(o, o == o, Own.__hash__)


@dataclass
class Inherits(Base):
    y: int


print(Inherits(1), Inherits(1) == Inherits(1), Inherits(1) == Inherits(2))


@dataclass(init=False, repr=False, eq=False)
class Nothing(Base):
    z: int = 0


n = Nothing()
print(n, n == 1, n.z, Nothing.__doc__)


@dataclass
class Counter:
    count: int = 0
    items: list = field(default_factory=list, repr=False)

    def add(self, item):
        self.items.append(item)
        self.count += 1
        return self


c = Counter().add('a').add('b')
print(c, c.items)


@dataclass
class UsesNames:
    object: int = 1
    type: int = 2
    hash: int = 3
    name: int = 4
    other: int = 5
    value: int = 6


u = UsesNames()
print(u, u == UsesNames(), hash(UsesNames.__init__) is not None)


@dataclass(frozen=True)
class FrozenNames:
    name: int = 1
    value: int = 2


print(FrozenNames(), hash(FrozenNames()) == hash((1, 2)))
try:
    FrozenNames().name = 3
except AttributeError as e:
    print(type(e).__name__, e)
