# namedtuple: fields, methods, reprs, docs, defaults, subclasses
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), Point._make([7, 8]), Point._make(range(2)))
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(p._asdict(), p._replace(x=100), p._replace(), p)
print(Point.__doc__, Point.__new__.__doc__, Point.x.__doc__, Point.y.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__, Point.__slots__)
print(Point._make.__doc__, Point._replace.__doc__, Point._asdict.__doc__)
print(Point.__new__.__qualname__, Point._make.__qualname__, Point.__repr__.__qualname__)
print(p == (1, 2), hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__, p * 2, p[:1])
print(isinstance(p, tuple), p.count(1), p.index(2), p.__getnewargs__())
x, y = p
print(x, y, max(Point(3, 9)), sorted([Point(2, 1), Point(1, 2)]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[20, 30])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple('R', 'a, b  c', module='somewhere')
print(R.__module__, R(1, 2, 3), repr(R))
One = namedtuple('One', 'v')
print(One(1), One.__doc__, One.__new__.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty.__doc__, namedtuple('E2', [])._fields)

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(x=0), type(v._replace(x=0)).__name__, Vec._make([1, 2]))
Gen = namedtuple('Gen', (f for f in ['a', 'b']))
print(Gen(1, 2), namedtuple('N', 'a b', defaults=(None,))(1))
print(Point(**{'x': 1, 'y': 2}), Point(*range(2)), p._asdict()['x'])
D = namedtuple('D', 'a b', rename=True, defaults=[1], module=None)
print(D(2), D.__module__)
