# field(): default, default_factory, init, repr, hash, compare, metadata.
from dataclasses import dataclass, field, fields, Field, MISSING


@dataclass
class C:
    a: int
    b: list = field(default_factory=list)
    c: int = field(default=5, repr=False)
    d: int = field(default=0, init=False)
    e: str = field(default='e', compare=False, metadata={'unit': 'm'})
    f: list = field(default_factory=lambda: [1], init=False)


x = C(1)
y = C(1)
print(x, x.c, x.d, x.f)
print(x.b is not y.b, x.f is not y.f)
print(C(1, [2], 3, 'z'))
print(C(1, e='q') == C(1, e='r'), C(1, c=1) == C(1, c=2))
for f in fields(C):
    print(f.name, f.init, f.repr, f.hash, f.compare, f.kw_only,
          f.default is MISSING, f.default_factory is MISSING)
meta = fields(C)[4].metadata
print(meta, meta['unit'], len(meta), list(meta), 'unit' in meta)
print(fields(C)[0].metadata, len(fields(C)[0].metadata))
try:
    meta['unit'] = 'km'
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(fields(C)[0], Field), type(fields(C)[0]).__name__)
print(C.c, C.d, C.e, hasattr(C, 'a'), hasattr(C, 'b'), hasattr(C, 'f'))
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
f = field(default=3, hash=True)
print(f.name, f.type, f.default, f.hash, f.kw_only is MISSING)
print(C.__doc__)
calls = []


def factory():
    calls.append(1)
    return len(calls)


@dataclass
class D:
    n: int = field(default_factory=factory)


print(D(), D(), D(10), calls)
