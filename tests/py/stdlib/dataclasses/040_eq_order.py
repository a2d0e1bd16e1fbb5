# __eq__ compares field tuples of the same class; order=True adds <, <=, >, >=.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default='', compare=False)


v1, v2, v3 = Version(1, 2), Version(1, 10), Version(1, 2, 'x')
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v1 == v3, v1 != v3)
print(sorted([Version(2), Version(1, 5), Version(1, 1)]))
print(max([Version(0, 9), Version(0, 10)]))
for op in ('<', '<=', '>', '>='):
    try:
        eval(f'v1 {op} (1, 2)')
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0


print(v1 == Other(1, 2), Other(1, 2) == v1)
try:
    v1 < Other(1, 3)
except TypeError as e:
    print(type(e).__name__, e)


class SubVersion(Version):
    pass


print(Version(1) == SubVersion(1), SubVersion(1) == SubVersion(1))
try:
    Version(1) < SubVersion(2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class Ident:
    x: int


i = Ident(1)
print(i == i, Ident(1) == Ident(1), '__eq__' in Ident.__dict__)


class Weird:
    def __eq__(self, other):
        return True


@dataclass
class Holder:
    w: object


print(Holder(Weird()) == Holder(1), Holder(float('nan')) == Holder(float('nan')))
nan = float('nan')
print(Holder(nan) == Holder(nan))
try:
    @dataclass(eq=False, order=True)
    class Bad:
        x: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Bad2:
        x: int

        def __ge__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
