# The __hash__ table: eq, frozen, unsafe_hash and a __hash__ of the class.
from dataclasses import dataclass, field


def show(label, cls):
    h = cls.__dict__.get('__hash__', 'absent')
    if callable(h):
        h = 'generated' if h.__qualname__.endswith('__hash__') else 'other'
    try:
        hash(cls(1))
        hashable = True
    except TypeError as e:
        hashable = str(e)
    print(label, h, hashable)


for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            @dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)
            class C:
                x: int
            show(f'unsafe_hash={unsafe_hash:d} eq={eq:d} frozen={frozen:d}', C)


@dataclass(frozen=True)
class F:
    x: int
    y: list = field(default=(), hash=False)
    z: int = field(default=0, compare=False)
    w: int = field(default=0, compare=False, hash=True)


print(hash(F(1)) == hash((1, 0)), hash(F(1, [1], 5)) == hash(F(1, [2], 5)))
print(hash(F(1, z=7)) == hash(F(1, z=8)), hash(F(1, w=7)) == hash((1, 7)))
print(len({F(1), F(1), F(2)}))


@dataclass
class Explicit:
    x: int

    def __hash__(self):
        return 42


print(hash(Explicit(1)), Explicit.__hash__.__qualname__)


@dataclass(frozen=True)
class ExplicitFrozen:
    x: int

    def __hash__(self):
        return 7


print(hash(ExplicitFrozen(1)))


@dataclass
class NoneHash:
    x: int
    __hash__ = None


print(NoneHash.__hash__)


@dataclass(eq=False)
class KeepsObjectHash:
    x: int


k = KeepsObjectHash(1)
print(hash(k) == hash(k), '__hash__' in KeepsObjectHash.__dict__)
for frozen in (False, True):
    try:
        @dataclass(unsafe_hash=True, frozen=frozen)
        class Bad:
            x: int

            def __hash__(self):
                return 1
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class WithEq:
    x: int

    def __eq__(self, other):
        return True


print(WithEq.__hash__, WithEq(1) == WithEq(2))


@dataclass(unsafe_hash=True)
class WithEqUnsafe:
    x: int

    def __eq__(self, other):
        return True


print(hash(WithEqUnsafe(3)) == hash((3,)))
