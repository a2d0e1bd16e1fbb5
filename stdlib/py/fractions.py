"""Exact rational numbers: `Fraction(numerator, denominator)`.

A Fraction is kept in lowest terms with a positive denominator. Arithmetic
with ints and Fractions is exact and gives a Fraction; with a float it
gives a float, with a complex a complex (the rules of the `numbers`
module's documentation, "Implementing the arithmetic operations").
"""

import builtins
import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# Hashes of numbers agree across types: a fraction n/d hashes as
# n * d**-1 modulo this prime (the documented scheme of sys.hash_info).
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# Until Kaa has `complex`, nothing is one.
_complex = getattr(builtins, "complex", ())


def _digits(s, i):
    """The end of a run of decimal digits at `i` that may hold single
    underscores between digits (3.11's literal syntax); `i` if none."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) for a Fraction literal, or None.

    Accepted: optional whitespace and sign, then `n/d`, or a decimal with
    optional fraction part and exponent (`-1.5e3`, `.5`, `1.`)."""
    s = text.strip()
    i, n = 0, len(s)
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    if not (i < n and (s[i].isdecimal() or (s[i] == "." and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digits(s, i)
    num = int(s[i:j]) if j > i else 0
    i = j
    den = 1
    if i < n and s[i] == "/":
        j = _digits(s, i + 1)
        if j == i + 1:
            return None
        den = int(s[i + 1 : j])
        i = j
    else:
        if i < n and s[i] == ".":
            j = _digits(s, i + 1)
            if j > i + 1:
                frac = s[i + 1 : j].replace("_", "")
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den = scale
            i = j
        if i < n and s[i] in "eE":
            k = i + 1
            if k < n and s[k] in "+-":
                k += 1
            j = _digits(s, k)
            if j == k:
                return None
            exp = int(s[i + 1 : j])
            if exp >= 0:
                num *= 10**exp
            else:
                den *= 10**-exp
            i = j
    if i != n:
        return None
    return (-num if negative else num), den


class Fraction(numbers.Rational):
    """A rational number n/d in lowest terms, with d > 0.

    Fraction(n, d) takes two Rationals (ints, Fractions) and reduces them:
    Fraction(8, 6) == Fraction(4, 3). Fraction(x) takes a Rational, a
    float or a Decimal (converted exactly), or a string: '3/4', '-1.25',
    '1e-3', with optional surrounding whitespace and underscores between
    digits. Fraction() is 0.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction equal to the float f, exactly (so from_float(0.1)
        is not 1/10)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction equal to the Decimal dec, exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__)
            )
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), in lowest terms."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator (self itself if its denominator is small enough):
        Fraction(math.pi).limit_denominator(1000) == Fraction(355, 113).
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: h/k are its convergents.
        # The best approximation is the last convergent whose denominator
        # fits, or the semiconvergent between it and the one before.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            k_next = k_prev + a * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + a * h, k_next
            n, d = d, n - a * d
        m = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + m * h, k_prev + m * k)
        conv = Fraction(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Each binary operator is written once, for Fraction (or int) operands,
    # and `_operators` makes the forward and reflected methods that also
    # accept floats and complex numbers.

    def _operators(exact, fallback):
        def forward(a, b):
            if isinstance(b, Fraction) or isinstance(b, int):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, _complex):
                return fallback(complex(a), b)
            return NotImplemented

        forward.__name__ = "__" + fallback.__name__ + "__"
        forward.__doc__ = exact.__doc__

        def reverse(b, a):
            if type(a) is int:  # the usual case, without the ABC check
                return exact(a, b)
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        reverse.__name__ = "__r" + fallback.__name__ + "__"
        reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    __add__, __radd__ = _operators(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    __sub__, __rsub__ = _operators(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    __mul__, __rmul__ = _operators(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        nb, db = b.numerator, b.denominator
        if nb == 0:
            # CPython names the numerator reduced by gcd(numerator, 0).
            na = a.numerator
            raise ZeroDivisionError("Fraction(%s, 0)" % (db * ((na > 0) - (na < 0))))
        na, da = a.numerator, a.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    __truediv__, __rtruediv__ = _operators(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operators(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operators(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operators(_mod, operator.mod)

    del _operators, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, else a float (or
        complex), as a root is irrational in general."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator**power, a._denominator**power, _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator**-power, a._numerator**-power, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % a._denominator**-power)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            # A fractional power is irrational in general: a float.
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # If a is an int, keep it that way if possible.
            return a**b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a**b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, a Fraction even for a subclass."""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): half to even; an int without ndigits."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # n / d is n * d**-1 modulo the prime; a d that the prime divides
        # has no inverse, and such fractions hash as infinity does.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Every finite fraction is unequal to nan and infinities.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Compare with a Rational or a float by `op`."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Pickling and copying: immutable, so a Fraction is its own copy.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(x):
    """Whether x is a decimal.Decimal (without importing decimal)."""
    dec = sys.modules.get("decimal")
    return dec is not None and isinstance(x, dec.Decimal)
