# NamedTuple: class syntax (defaults, methods, docstring) and functional.
from typing import NamedTuple, Generic, TypeVar, List

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
    @property
    def flipped(self):
        return Point(self.y, self.x)

p = Point(3)
print(p, Point(1, -2).norm(), p.flipped, Point.__doc__)
print(Point._fields, Point.__annotations__, Point._field_defaults)
print(Point.__mro__, type(Point).__name__, Point.__name__, Point.__module__)
print(Point._make([5, 6]), p._replace(y=9), p._asdict(), p == (3, 0))
print(isinstance(p, tuple), len(p), p[0], list(p))
x, y = Point(7, 8)
print(x, y)

class Undocumented(NamedTuple):
    a: List[int]
    b: str = 'b'
print(Undocumented.__doc__, Undocumented([1]))

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp, Emp('a', 1), Emp.__annotations__, Emp.__module__)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'x'), Kw._fields, Kw.__annotations__)
print(NamedTuple('Empty')(), NamedTuple('Empty2', [])._fields)

T = TypeVar('T')
class GPair(NamedTuple, Generic[T]):
    first: T
    second: T
print(GPair(1, 2), GPair.__parameters__, GPair[int], GPair.__mro__)
