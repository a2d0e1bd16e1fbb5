# frozen=True: assignment and deletion raise FrozenInstanceError.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class P:
    x: int
    y: list = field(default_factory=list)


p = P(1)
for action in ('p.x = 2', 'p.z = 3', 'del p.x', 'del p.z', 'setattr(p, "y", 0)'):
    try:
        exec(action)
    except FrozenInstanceError as e:
        print(action, '->', type(e).__name__, e)
p.y.append(1)
print(p, isinstance(FrozenInstanceError(), AttributeError))
print(FrozenInstanceError.__mro__[1].__name__)
try:
    p.x = 1
except AttributeError as e:
    print('caught as AttributeError:', e)


class Child(P):
    pass


c = Child(2)
c.extra = 5
print(c.extra, c)
try:
    c.x = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
del c.extra
print(hasattr(c, 'extra'))


@dataclass(frozen=True)
class Q(P):
    z: int = 0


print(Q(1, [2], 3))
try:
    @dataclass
    class NotFrozen(P):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mutable:
    x: int


try:
    @dataclass(frozen=True)
    class FrozenFromMutable(Mutable):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)
for name in ('__setattr__', '__delattr__'):
    try:
        exec(f'''
@dataclass(frozen=True)
class Own:
    x: int
    def {name}(self, *args):
        pass
''')
    except TypeError as e:
        print(type(e).__name__, e)
print(P.__setattr__.__qualname__, P.__delattr__.__qualname__)


@dataclass(frozen=True)
class WithPost:
    x: int
    double: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'double', self.x * 2)


print(WithPost(4))
