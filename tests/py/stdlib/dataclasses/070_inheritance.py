# Fields of data-class bases come first; redefining a field keeps its place.
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print([f.name for f in fields(Derived)], Derived(), Derived(5, 6, 7))
print(Derived.__doc__)


class Middle(Base):
    note = 'not a data class'


@dataclass
class Leaf(Middle):
    w: str = 'w'


print(Leaf(0), Leaf.note, [f.name for f in fields(Leaf)])
try:
    @dataclass
    class Bad(Base):
        z: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class A:
    a: int = 0


@dataclass
class B:
    b: int = 1


@dataclass
class AB(A, B):
    c: int = 2


print(AB(), [f.name for f in fields(AB)])


@dataclass
class Over(Base):
    y: str = field(default='new', repr=False)


print(Over(1), fields(Over)[1].type, Over(1).y)


class NotDC:
    q: int = 3


@dataclass
class FromPlain(NotDC):
    r: int = 4


print(FromPlain(), [f.name for f in fields(FromPlain)])


@dataclass
class WithInit(Base):
    def __init__(self, v):
        super().__init__(v, v)


print(WithInit(3), WithInit.__doc__)


@dataclass(init=False)
class NoInit(Base):
    k: int = 0


print(NoInit(1, 2), NoInit.__doc__)


@dataclass
class Sub(Base):
    pass


print(Sub(1) == Base(1), Sub(1) == Sub(1), Sub.__doc__)
