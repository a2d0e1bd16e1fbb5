"""The numeric tower of PEP 3141 as abstract base classes: Number, Complex,
Real, Rational, Integral.

Each level lists what a number of that kind supports. The abstract
operations are for a concrete class to write; the others are derived here
from them. `int`, `float` and `complex` are registered, so
`isinstance(1, numbers.Integral)` holds; `fractions.Fraction` and
`decimal.Decimal` register themselves.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(name, doc):
    """An abstract method called `name` that raises NotImplementedError."""

    def method(self, *args):
        raise NotImplementedError

    method.__name__ = method.__qualname__ = name
    method.__doc__ = doc
    return abstractmethod(method)


def _abstract_property(name, doc):
    def getter(self):
        raise NotImplementedError

    getter.__name__ = name
    getter.__doc__ = doc
    return property(abstractmethod(getter))


def _finish(cls, abstract, properties=()):
    """Give `cls` its abstract operations (name -> doc), with qualified names."""
    for name, doc in abstract.items():
        m = _abstract(name, doc)
        m.__qualname__ = cls.__name__ + "." + name
        setattr(cls, name, m)
    for name, doc in properties:
        setattr(cls, name, _abstract_property(name, doc))
    # ABCMeta computed __abstractmethods__ when the class was made; the
    # methods added afterwards count too.
    cls.__abstractmethods__ = frozenset(
        n for n in dir(cls) if getattr(getattr(cls, n, None), "__isabstractmethod__", False)
    )
    return cls


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) for a number of any kind."""

    __slots__ = ()
    # Not hashable unless a concrete (immutable) class says how.
    __hash__ = None


class Complex(Number):
    """A number with real and imaginary parts, with the operations of `complex`."""

    __slots__ = ()

    def __bool__(self):
        """Whether self != 0."""
        return self != 0

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other


_finish(
    Complex,
    {
        "__complex__": "complex(self): a built-in complex.",
        "__add__": "self + other",
        "__radd__": "other + self",
        "__neg__": "-self",
        "__pos__": "+self",
        "__mul__": "self * other",
        "__rmul__": "other * self",
        "__truediv__": "self / other, a float or complex when need be.",
        "__rtruediv__": "other / self",
        "__pow__": "self ** exponent, a float or complex when need be.",
        "__rpow__": "base ** self",
        "__abs__": "abs(self): the (real) distance from 0.",
        "conjugate": "The complex conjugate: x - y*i for x + y*i.",
        "__eq__": "self == other",
    },
    [("real", "The real part."), ("imag", "The imaginary part.")],
)


class Real(Complex):
    """A real number: Complex's operations plus ordering, rounding and floor division."""

    __slots__ = ()

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)."""
        return (other // self, other % self)

    def __complex__(self):
        """complex(self): complex(float(self))."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number's imaginary part is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


_finish(
    Real,
    {
        "__float__": "float(self): a built-in float.",
        "__trunc__": "math.trunc(self): the Integral nearest to self towards 0.",
        "__floor__": "math.floor(self): the greatest Integral <= self.",
        "__ceil__": "math.ceil(self): the least Integral >= self.",
        "__round__": "round(self, ndigits=None): half to even; an Integral without ndigits.",
        "__floordiv__": "self // other: floor(self / other).",
        "__rfloordiv__": "other // self",
        "__mod__": "self % other",
        "__rmod__": "other % self",
        "__lt__": "self < other (a total order, NaNs aside).",
        "__le__": "self <= other",
    },
)


class Rational(Real):
    """A ratio of integers, with numerator and denominator in lowest terms."""

    __slots__ = ()

    def __float__(self):
        """float(self): the integers divided exactly, so huge ratios convert."""
        return int(self.numerator) / int(self.denominator)


_finish(
    Rational,
    {},
    [("numerator", "The numerator, in lowest terms."), ("denominator", "The denominator (> 0).")],
)


class Integral(Rational):
    """An integer: Rational's operations plus int(), pow with a modulus and bits."""

    __slots__ = ()

    def __index__(self):
        """operator.index(self): int(self)."""
        return int(self)

    def __float__(self):
        """float(self): float(int(self))."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


_finish(
    Integral,
    {
        "__int__": "int(self)",
        "__pow__": "pow(self, exponent, modulus=None).",
        "__lshift__": "self << other",
        "__rlshift__": "other << self",
        "__rshift__": "self >> other",
        "__rrshift__": "other >> self",
        "__and__": "self & other",
        "__rand__": "other & self",
        "__xor__": "self ^ other",
        "__rxor__": "other ^ self",
        "__or__": "self | other",
        "__ror__": "other | self",
        "__invert__": "~self",
    },
)


# The built-in numbers (`complex` once Kaa has it).
try:
    Complex.register(complex)
except NameError:
    pass
Real.register(float)
Integral.register(int)
