# __doc__ is set to the class name and the signature of __init__.
from dataclasses import dataclass, field, InitVar


@dataclass
class A:
    a: int
    b: str = 'b'
    c: list = field(default_factory=list)
    d: 'Custom' = None
    e: InitVar[int] = 0
    f: dict[str, int] = field(default_factory=dict, kw_only=True)
    g: 'A' = None
    h: None = None
    i: float = field(default=1.0, init=False)


print(A.__doc__)


@dataclass
class B:
    """Own docstring."""
    x: int


print(B.__doc__)


@dataclass
class C:
    ""
    x: int


print(C.__doc__)


@dataclass
class WithSelf:
    self: int
    other: object = None


print(WithSelf.__doc__, WithSelf(1))


class Base:
    def __init__(self, a, b=2):
        self.a = a


@dataclass(init=False)
class D(Base):
    x: int = 0


print(D.__doc__)


@dataclass(init=False)
class E:
    x: int = 0


print(E.__doc__)


@dataclass
class F:
    x: int = 0

    def __init__(self, q, r: int = 1):
        pass


print(F.__doc__)


@dataclass
class G:
    x: int = 0

    def __new__(cls, n):
        return object.__new__(cls)


print(G.__doc__)


class Meta(type):
    def __call__(cls, u, v=1):
        return 'called'


@dataclass
class H(metaclass=Meta):
    x: int = 0


print(H.__doc__, H(1))


@dataclass
class I:
    x: int = field(default=3, repr=False)
    y: str = "it's"


print(I.__doc__)


class Varied:
    def __init__(self, a, /, b, *args, c, d=4, **kw):
        pass


@dataclass(init=False)
class J(Varied):
    x: int = 0


print(J.__doc__)


@dataclass
class K:
    x: int = 0

    def __init__(*args):
        pass


print(K.__doc__)


class CallMeta(type):
    __call__ = dict


@dataclass
class L(metaclass=CallMeta):
    x: int = 0


print(L.__doc__)


@dataclass
class M:
    x: int = 0
    __signature__ = 3


print(M.__doc__)


@dataclass(init=False)
class N(int):
    x: int = 0


print(N.__doc__)


class Ann:
    def __init__(self, a: 'int' = 1, *, b: list = None) -> 'Ann':
        pass


@dataclass(init=False)
class O(Ann):
    x: int = 0


print(O.__doc__)
