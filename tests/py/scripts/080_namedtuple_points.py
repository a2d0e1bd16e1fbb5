"""Geometry with namedtuples: _replace, _asdict, _make and methods."""
from collections import namedtuple
import math


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


Segment = namedtuple("Segment", ["a", "b"], defaults=[Point(0, 0)])

pts = [Point(0, 0), Point(3, 4), Point(6, 0), Point._make([3, -4])]
print(pts)
perimeter = sum(p.dist(q) for p, q in zip(pts, pts[1:] + pts[:1]))
print("perimeter:", perimeter)
print(pts[1] + pts[2], pts[1]._replace(y=10), pts[1]._asdict())
s = Segment(Point(1, 1))
print(s, s.a.dist(s.b), Segment._fields, Segment._field_defaults)
x, y = pts[1]
print(x, y, pts[1][0], pts[1] == (3, 4))
