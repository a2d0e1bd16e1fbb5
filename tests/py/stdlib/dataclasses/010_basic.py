# A plain data class: __init__, __repr__, __eq__, defaults, fields().
from dataclasses import dataclass, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(p.x, p.y)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
print(Point(1, 2) != Point(1, 2), Point(1) == (1, 0))
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
print(fields(Point)[0].type, fields(Point)[1].default)
print(Point.__doc__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__,
      Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__hash__)
print(Point.y, 'x' in Point.__dict__)
print(Point(x=5, y=6), Point(y=7, x=8))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, x=3)
except TypeError as e:
    print(type(e).__name__, e)
