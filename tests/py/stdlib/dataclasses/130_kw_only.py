# Keyword-only fields: kw_only=True, field(kw_only=...), the KW_ONLY marker.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass(kw_only=True)
class A:
    x: int
    y: int = 0


print(A(x=1), A(y=2, x=3), A.__doc__, A.__match_args__)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(B(1, c=3), B.__doc__, B.__match_args__, [f.name for f in fields(B)])
print([(f.name, f.kw_only) for f in fields(B)])
try:
    B(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class C:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = field(default=5, kw_only=False)
    d: list = field(kw_only=True, default_factory=list)


print(C(b=1), C(1, 2, b=3), C.__doc__)


@dataclass(kw_only=True)
class D:
    p: int = field(kw_only=False)
    q: int


print(D(1, q=2), D.__doc__, D.__match_args__)


@dataclass
class E(A):
    z: int


print(E(5, x=1), E.__doc__)


@dataclass
class F:
    x: int
    y: 'KW_ONLY'
    z: int


print(F(1, z=2), F.__doc__)
try:
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True, order=True)
class G:
    a: int
    b: int = 0


print(G(a=1) < G(a=2), sorted([G(a=3), G(a=1, b=5)]))
