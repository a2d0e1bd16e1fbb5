# make_dataclass(): names, (name, type), (name, type, field), bases, flags.
from dataclasses import make_dataclass, field, fields, dataclass, FrozenInstanceError

Point = make_dataclass('Point', ['x', ('y', int), ('z', int, field(default=3))])
print(Point(1, 2), Point.__name__, Point.__qualname__, Point.__module__)
print([(f.name, f.type) for f in fields(Point)])
print(Point.__doc__)


@dataclass
class Base:
    base: int = 0


Sub = make_dataclass('Sub', [('extra', str, field(default='e'))], bases=(Base,),
                     namespace={'double': lambda self: self.base * 2,
                                'K': 10})
s = Sub(4)
print(s, s.double(), Sub.K, isinstance(s, Base))
F = make_dataclass('F', [('a', int)], frozen=True, order=True, unsafe_hash=False)
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(F(1) < F(2), hash(F(1)) == hash(F(1)), F.__dataclass_params__)
K = make_dataclass('K', [('a', int), ('b', int)], kw_only=True, repr=False, eq=False)
k = K(a=1, b=2)
print(k.a, k.b, K.__doc__, '__repr__' in K.__dict__, '__eq__' in K.__dict__)
S = make_dataclass('S', [('a', int)], slots=True)
print(S.__slots__, S(1))
N = make_dataclass('N', [('a', int)], init=False, match_args=False)
print(N.__doc__, '__match_args__' in N.__dict__)
M = make_dataclass('M', [], namespace={'__module__': 'mymod'})
print(M(), M.__module__)
for spec in (['a', 'a'], ['class'], ['not valid'], [1], [('a',)],
             [('a', int, 1, 4)], [5], ['def', 'x']):
    try:
        make_dataclass('E', spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    make_dataclass('E', [('a', int, field(default=1)), ('b', int)])
except TypeError as e:
    print(type(e).__name__, e)
print(make_dataclass('G', (('v', float),))(1.5))
print(make_dataclass('H', iter(['p', 'q']))(1, 2))
