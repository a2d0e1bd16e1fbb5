# slots=True returns a new class with __slots__ for the fields.
import weakref
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class P:
    x: int
    y: int = 5
    z: list = field(default_factory=list)
    w: int = field(default=9, init=False)


p = P(1)
print(p, P.__slots__, P.__qualname__, P.__name__)
print(hasattr(p, '__dict__'))
try:
    p.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print('y' in P.__dict__ and type(P.__dict__['y']).__name__)
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, weakref_slot=True)
class W:
    x: int


w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class Bad:
        x: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(slots=True)
    class Bad2:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Derived(Base):
    b: int = 0


print(Derived(1, 2), Derived.__slots__, [f.name for f in fields(Derived)])


@dataclass(frozen=True, slots=True)
class F:
    x: int
    y: str = 'y'


f = F(3)
print(f, f.__getstate__(), hash(f) == hash((3, 'y')))
g = F.__new__(F)
g.__setstate__([7, 'z'])
print(g)
try:
    f.x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Plain:
    __slots__ = ('a',)


@dataclass
class FromSlots(Plain):
    a: int
    b: int = 2


print(FromSlots(1), FromSlots.__doc__)


@dataclass(slots=True)
class Empty:
    pass


print(Empty(), Empty.__slots__)
