"""Decimal fixed- and floating-point arithmetic (the General Decimal
Arithmetic Specification), as CPython 3.11's `decimal` module.

Written for Kaa from the documentation and the specification. A finite
number is (sign, coefficient, exponent) with the coefficient a Python int;
every operation computes an exact result (or one with a sticky digit that
rounds the same way) and `_finish` rounds it to the context.

The type `Decimal` and the numbers of a `Context` live in the Rust module
`_decimal` (stdlib/src/decimal.rs), which also does the common operations
(+ - * / on finite operands, comparisons, quantize, str, hash, Decimal(int
or str)) under the current context. Everything else, and every special case
of those, is done here: the methods of the class below are moved onto the
Rust type by `_install_native`, and those the Rust type has already become
its fallbacks.
"""

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

import math as _math
import _decimal
import numbers as _numbers
from collections import namedtuple as _namedtuple

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class for the signals of the decimal module."""


class Clamped(DecimalException):
    """An exponent was altered to fit the representation."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division result has too many digits."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Non-zero digits were discarded in rounding."""


class InvalidContext(InvalidOperation):
    """The context is invalid."""


class Rounded(DecimalException):
    """Digits (possibly zeros) were discarded in rounding."""


class Subnormal(DecimalException):
    """The result was subnormal before rounding."""


class Overflow(Inexact, Rounded):
    """The exponent of the result is too large."""


class Underflow(Inexact, Rounded, Subnormal):
    """The result is subnormal and inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""


# A condition is a bit; the nine signals are the low bits, in the order
# of a context's `flags` dict; the four kinds of invalid operation that
# are not InvalidOperation itself come above them.
_S_IO, _S_FO, _S_DZ, _S_OV, _S_UN = 1, 2, 4, 8, 16
_S_SU, _S_IX, _S_RO, _S_CL = 32, 64, 128, 256
_C_CS, _C_DI, _C_DU, _C_IC = 512, 1024, 2048, 4096
_C_INVALID = _C_CS | _C_DI | _C_DU | _C_IC
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BIT = {s: 1 << i for i, s in enumerate(_SIGNALS)}
_INVALID_CONDS = ((_S_IO, InvalidOperation), (_C_CS, ConversionSyntax),
                  (_C_DI, DivisionImpossible), (_C_DU, DivisionUndefined),
                  (_C_IC, InvalidContext))
# The order in which a context's repr lists flags and traps.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
_SIGNAL_KEY_ERROR = ('valid values for signals are:\n'
                     '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                     '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                     '   Clamped]')
_ROUNDING_ERROR = ('valid values for rounding are:\n'
                   '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                   '   ROUND_05UP]')


def _signal_bits(value, what):
    """The bits of a list or dict of signals given to Context()."""
    bits = 0
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        for s in _SIGNALS:
            if s not in value:
                raise KeyError('invalid signal dict')
            if value[s]:
                bits |= _SIGNAL_BIT[s]
        return bits
    if isinstance(value, SignalDictMixin):
        return getattr(value._ctx, value._attr)
    try:
        items = list(value)
    except TypeError:
        raise TypeError("argument must be a signal dict") from None
    for s in items:
        b = _SIGNAL_BIT.get(s) if isinstance(s, type) else None
        if b is None:
            raise KeyError(_SIGNAL_KEY_ERROR)
        bits |= b
    return bits


class SignalDictMixin:
    """The `flags` and `traps` of a context: a mapping from the nine
    signals to bools, kept as bits in the context."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bit(self, key):
        b = _SIGNAL_BIT.get(key) if isinstance(key, type) else None
        if b is None:
            raise KeyError(_SIGNAL_KEY_ERROR)
        return b

    def __getitem__(self, key):
        return bool(getattr(self._ctx, self._attr) & self._bit(key))

    def __setitem__(self, key, value):
        b = self._bit(key)
        bits = getattr(self._ctx, self._attr)
        bits = (bits | b) if value else (bits & ~b)
        object.__setattr__(self._ctx, self._attr, bits)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_BIT

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_BIT:
            return self[key]
        return default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, SignalDictMixin):
            other = other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        bits = getattr(self._ctx, self._attr)
        return '{' + ', '.join(
            '%s:%s' % (s, bool(bits & _SIGNAL_BIT[s])) for s in _SIGNALS) + '}'


def _names(bits):
    return '[' + ', '.join(s.__name__ for s in _REPR_ORDER
                           if bits & _SIGNAL_BIT[s]) + ']'


# ---------------------------------------------------------------- contexts

def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits,
    the flags raised so far and the signals that trap."""

    # The methods of the Rust type _decimal.Context, which holds the numbers
    # (_prec, _rounding, _emin, _emax, _capitals, _clamp, and the flags and
    # traps as bits _fl, _tr): they move there below, and `Context` then
    # names that type.
    __slots__ = ()

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if isinstance(DefaultContext, Context) else None
        s = object.__setattr__
        s(self, '_prec', 28 if base is None else base._prec)
        s(self, '_rounding', ROUND_HALF_EVEN if base is None
          else base._rounding)
        s(self, '_emin', -999999 if base is None else base._emin)
        s(self, '_emax', 999999 if base is None else base._emax)
        s(self, '_capitals', 1 if base is None else base._capitals)
        s(self, '_clamp', 0 if base is None else base._clamp)
        s(self, '_fl', 0)
        s(self, '_tr', (_S_IO | _S_DZ | _S_OV) if base is None
          else base._tr)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            s(self, '_tr', _signal_bits(traps, 'traps'))
        if flags is not None:
            s(self, '_fl', _signal_bits(flags, 'flags'))

    # -- attributes, checked as CPython checks them
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_prec', value)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        object.__setattr__(self, '_rounding', value)

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_emin', value)

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_emax', value)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        object.__setattr__(self, '_capitals', value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        object.__setattr__(self, '_clamp', value)

    @property
    def flags(self):
        return SignalDictMixin(self, '_fl')

    @flags.setter
    def flags(self, value):
        object.__setattr__(self, '_fl', _signal_bits(value, 'flags'))

    @property
    def traps(self):
        return SignalDictMixin(self, '_tr')

    @traps.setter
    def traps(self, value):
        object.__setattr__(self, '_tr', _signal_bits(value, 'traps'))

    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                    'flags', 'traps'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute "
                                 "'%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def Etiny(self):
        """The smallest exponent of a subnormal number: Emin - prec + 1."""
        return self._emin - self._prec + 1

    def Etop(self):
        """The largest exponent when clamping: Emax - prec + 1."""
        return self._emax - self._prec + 1

    def clear_flags(self):
        """Reset all flags to False."""
        object.__setattr__(self, '_fl', 0)

    def clear_traps(self):
        """Reset all traps to False."""
        object.__setattr__(self, '_tr', 0)

    def copy(self):
        """A copy of the context (flags and traps included)."""
        c = Context.__new__(Context)
        s = object.__setattr__
        for name in ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                     '_clamp', '_fl', '_tr'):
            s(c, name, getattr(self, name))
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin, self._emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNALS if self._fl & _SIGNAL_BIT[s]],
                          [s for s in _SIGNALS if self._tr & _SIGNAL_BIT[s]]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._emin, self._emax,
                    self._capitals, self._clamp, _names(self._fl),
                    _names(self._tr)))

    def _raise(self, cond):
        """Record the conditions `cond` (bits) in the flags; raise the first
        trapped signal, its argument the list of trapped conditions."""
        sig = cond & 511
        if cond & _C_INVALID:
            sig |= _S_IO
        object.__setattr__(self, '_fl', self._fl | sig)
        trapped = sig & self._tr
        if trapped:
            conds = []
            first = None
            for i, s in enumerate(_SIGNALS):
                if trapped & (1 << i):
                    if first is None:
                        first = s
                    if s is InvalidOperation:
                        conds.extend(c for b, c in _INVALID_CONDS
                                     if cond & b)
                    else:
                        conds.append(s)
            raise first(conds)

    def _apply(self, a):
        return self.create_decimal(a)

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, float):
            self._raise(_S_FO)
            d = Decimal._from_float(num)
        elif isinstance(num, str):
            d = Decimal._from_str(num, self, True)
            if d._is_special:
                if d._exp != 'F' and d._int and \
                        _nd(d._int) > self._prec - self._clamp:
                    self._raise(_C_CS)
                    return _dec(0, 0, 'n', True)
                return d
        else:
            d = Decimal(num, self)
        if d._is_special:
            if d._exp != 'F' and d._int and \
                    _nd(d._int) > self._prec - self._clamp:
                self._raise(_C_CS)
                return _dec(0, 0, 'n', True)
            return _dec(d._sign, d._int, d._exp, True)
        return _finish(self, d._sign, d._int, d._exp)

    def create_decimal_from_float(self, f):
        """A Decimal from a float or int, rounded to this context."""
        d = Decimal.from_float(f)
        if d._is_special:
            return d
        return _finish(self, d._sign, d._int, d._exp)

    # -- the arithmetic operations, on Decimals or ints
    def _d(self, a):
        return _convert_arg(a, self)

    def abs(self, a):
        return _abs(self._d(a), self)

    def add(self, a, b):
        return _add(self._d(a), self._d(b), self)

    def subtract(self, a, b):
        return _add(self._d(a), self._d(b), self, True)

    def multiply(self, a, b):
        return _mul(self._d(a), self._d(b), self)

    def divide(self, a, b):
        return _div(self._d(a), self._d(b), self)

    def divide_int(self, a, b):
        return _floordiv(self._d(a), self._d(b), self)

    def remainder(self, a, b):
        return _mod(self._d(a), self._d(b), self)

    def divmod(self, a, b):
        return _divmod(self._d(a), self._d(b), self)

    def remainder_near(self, a, b):
        return _remainder_near(self._d(a), self._d(b), self)

    def power(self, a, b, modulo=None):
        if modulo is None:
            return _power(self._d(a), self._d(b), self)
        return _power_mod(self._d(a), self._d(b), self._d(modulo), self)

    def fma(self, a, b, c):
        return _fma(self._d(a), self._d(b), self._d(c), self)

    def minus(self, a):
        return _neg(self._d(a), self)

    def plus(self, a):
        return _pos(self._d(a), self)

    def exp(self, a):
        return _exp(self._d(a), self)

    def ln(self, a):
        return _ln(self._d(a), self)

    def log10(self, a):
        return _log10(self._d(a), self)

    def sqrt(self, a):
        return _sqrt(self._d(a), self)

    def logb(self, a):
        return self._d(a).logb(self)

    def scaleb(self, a, b):
        return self._d(a).scaleb(b, self)

    def quantize(self, a, b):
        return _quantize(self._d(a), self._d(b), self, self._rounding)

    def normalize(self, a):
        return self._d(a).normalize(self)

    def to_integral_value(self, a):
        return self._d(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._d(a).to_integral_exact(context=self)

    def compare(self, a, b):
        return self._d(a).compare(b, self)

    def compare_signal(self, a, b):
        return self._d(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return self._d(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._d(a).compare_total_mag(b)

    def max(self, a, b):
        return self._d(a).max(b, self)

    def min(self, a, b):
        return self._d(a).min(b, self)

    def max_mag(self, a, b):
        return self._d(a).max_mag(b, self)

    def min_mag(self, a, b):
        return self._d(a).min_mag(b, self)

    def next_plus(self, a):
        return _next(self._d(a), self, True)

    def next_minus(self, a):
        return _next(self._d(a), self, False)

    def next_toward(self, a, b):
        return self._d(a).next_toward(b, self)

    def rotate(self, a, b):
        return self._d(a).rotate(b, self)

    def shift(self, a, b):
        return self._d(a).shift(b, self)

    def logical_and(self, a, b):
        return self._d(a).logical_and(b, self)

    def logical_or(self, a, b):
        return self._d(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return self._d(a).logical_xor(b, self)

    def logical_invert(self, a):
        return self._d(a).logical_invert(self)

    def same_quantum(self, a, b):
        return self._d(a).same_quantum(b)

    # -- exact operations and queries
    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_abs(self, a):
        return self._d(a).copy_abs()

    def copy_negate(self, a):
        return self._d(a).copy_negate()

    def copy_sign(self, a, b):
        return self._d(a).copy_sign(b)

    def copy_decimal(self, a):
        return self._d(a)

    def number_class(self, a):
        return self._d(a).number_class(self)

    def radix(self):
        return Decimal(10)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return self._d(a).is_finite()

    def is_infinite(self, a):
        return self._d(a).is_infinite()

    def is_nan(self, a):
        return self._d(a).is_nan()

    def is_qnan(self, a):
        return self._d(a).is_qnan()

    def is_snan(self, a):
        return self._d(a).is_snan()

    def is_signed(self, a):
        return self._d(a).is_signed()

    def is_zero(self, a):
        return self._d(a).is_zero()

    def is_normal(self, a):
        return self._d(a).is_normal(self)

    def is_subnormal(self, a):
        return self._d(a).is_subnormal(self)

    def to_sci_string(self, a):
        return self._d(a)._to_str(False, self)

    def to_eng_string(self, a):
        return self._d(a)._to_str(True, self)


def _methods(cls):
    """What the class `cls` defines, to be moved onto the Rust type."""
    return {name: value for name, value in cls.__dict__.items()
            if name not in ('__dict__', '__weakref__', '__module__',
                            '__qualname__', '__slots__')}


def _context_methods():
    """What Context defines, for its Rust type: the attributes, which the
    interpreter sets through their properties (anything else has no slot to
    go to, and a subclass's instances have a __dict__), cannot be deleted."""
    def no_delete(self):
        raise AttributeError('context attributes cannot be deleted')
    methods = _methods(Context)
    del methods['__setattr__']
    for name, value in methods.items():
        if isinstance(value, property):
            methods[name] = property(value.fget, value.fset, no_delete,
                                     value.__doc__)
    return methods


Context = _decimal._install('Context', _context_methods())


# The current context, per thread.
_contexts = {}
_get_ident = None


def _new_thread_context():
    """A thread's first context: a copy of DefaultContext, no flags."""
    ctx = DefaultContext.copy()
    ctx.clear_flags()
    return ctx


# getcontext() is in Rust: it keeps the current thread's context at hand
# for the operations, and finds it in _contexts (by _thread.get_ident())
# otherwise, making it with _new_thread_context the first time.
getcontext = _decimal.getcontext


def setcontext(context):
    """Make `context` the current thread's context."""
    global _get_ident
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    if _get_ident is None:
        import _thread
        _get_ident = _thread.get_ident
    _contexts[_get_ident()] = context
    _decimal._forget()


class _ContextManager:
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


_CONTEXT_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                     'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of `ctx` (or of the current
    context), changed by the keyword arguments, current inside the block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in _CONTEXT_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % name)
        setattr(new, name, value)
    return _ContextManager(new)


# ---------------------------------------------------------------- rounding

_POW10 = [10 ** i for i in range(64)]


def _p10(n):
    if n < 64:
        return _POW10[n]
    if n > 100000000:
        # A coefficient this long cannot be built (CPython's libmpdec also
        # gives MemoryError).
        raise MemoryError
    return 10 ** n


def _nd(c):
    """The number of digits of the coefficient c >= 0 (1 for 0)."""
    if c < 10:
        return 1
    if c.bit_length() < 13000:
        return len(str(c))
    n = ((c.bit_length() - 1) * 30103) // 100000 + 1
    while c >= _p10(n):
        n += 1
    while n > 1 and c < _p10(n - 1):
        n -= 1
    return n


def _istr(c):
    """str(c) for c >= 0, without the limit on int to str conversion."""
    if c.bit_length() < 13000:
        return str(c)
    k = _nd(c) // 2
    hi, lo = divmod(c, _p10(k))
    return _istr(hi) + _istr(lo).zfill(k)


def _iparse(s):
    """int(s) of a string of ASCII digits, without the length limit."""
    if len(s) < 4000:
        return int(s)
    k = len(s) // 2
    return _iparse(s[:-k]) * _p10(k) + _iparse(s[-k:])


def _round_up(rounding, sign, q, r, half):
    """Whether q (the kept digits) rounds away from zero, given the
    discarded part r of a unit 2 * half."""
    if rounding == ROUND_HALF_EVEN:
        return r > half or (r == half and q & 1)
    if rounding == ROUND_HALF_UP:
        return r >= half
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_HALF_DOWN:
        return r > half
    if rounding == ROUND_UP:
        return r != 0
    if rounding == ROUND_CEILING:
        return r != 0 and not sign
    if rounding == ROUND_FLOOR:
        return r != 0 and sign
    # ROUND_05UP
    return r != 0 and q % 5 == 0


def _shift_round(c, k, sign, rounding):
    """c with its k > 0 lowest digits rounded off: (new c, inexact)."""
    if k > _nd(c) + 1:
        # Only a sticky part remains.
        if c == 0:
            return 0, False
        return (1 if _round_up(rounding, sign, 0, 1, 2) else 0), True
    unit = _p10(k)
    q, r = divmod(c, unit)
    if r == 0:
        return q, False
    if _round_up(rounding, sign, q, 2 * r, unit):
        q += 1
    return q, True


_dec = _decimal._dec


def _finish(ctx, sign, c, e, cond=0, rounding=None):
    """The Decimal (sign, c, e) rounded to the context, with the conditions
    `cond` and those of rounding signalled."""
    prec = ctx._prec
    emin = ctx._emin
    emax = ctx._emax
    if c == 0:
        etop = emax - prec + 1 if ctx._clamp else emax
        if e < emin - prec + 1:
            e = emin - prec + 1
            cond |= _S_CL
        elif e > etop:
            e = etop
            cond |= _S_CL
        if cond:
            ctx._raise(cond)
        return _dec(sign, 0, e)
    nd = _nd(c)
    adj = e + nd - 1
    if nd <= prec and emin <= adj:
        # Fits: only overflow or clamping can apply.
        if adj <= emax:
            if ctx._clamp and e > emax - prec + 1:
                etop = emax - prec + 1
                c *= _p10(e - etop)
                e = etop
                cond |= _S_CL
            if cond:
                ctx._raise(cond)
            return _dec(sign, c, e)
        return _overflow(ctx, sign, cond, rounding)
    etiny = emin - prec + 1
    subnormal = adj < emin
    target = e + nd - prec if nd > prec else e
    if subnormal and target < etiny:
        target = etiny
    if target > e:
        c, inexact = _shift_round(c, target - e, sign,
                                  rounding or ctx._rounding)
        e = target
        cond |= _S_RO
        if inexact:
            cond |= _S_IX
        if c and _nd(c) > prec:
            c //= 10
            e += 1
        if subnormal:
            cond |= _S_SU
            if inexact:
                cond |= _S_UN
                if c == 0:
                    cond |= _S_CL
    elif subnormal:
        cond |= _S_SU
    if c and e + _nd(c) - 1 > emax:
        return _overflow(ctx, sign, cond, rounding)
    if ctx._clamp and e > emax - prec + 1:
        etop = emax - prec + 1
        c *= _p10(e - etop)
        e = etop
        cond |= _S_CL
    if cond:
        ctx._raise(cond)
    return _dec(sign, c, e)


def _overflow(ctx, sign, cond, rounding=None):
    cond |= _S_OV | _S_IX | _S_RO
    r = rounding or ctx._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        ctx._raise(cond)
        return _dec(sign, 0, 'F', True)
    ctx._raise(cond)
    prec = ctx._prec
    return _dec(sign, _p10(prec) - 1, ctx._emax - prec + 1)


def _nan_result(ctx, a, b=None):
    """The NaN result of an operation with a NaN operand, or None.
    A signaling NaN signals InvalidOperation and gives a quiet NaN."""
    if a._exp == 'N':
        ctx._raise(_S_IO)
        return _fix_nan(ctx, a)
    if b is not None and b._exp == 'N':
        ctx._raise(_S_IO)
        return _fix_nan(ctx, b)
    if a._exp == 'n':
        return _fix_nan(ctx, a)
    if b is not None and b._exp == 'n':
        return _fix_nan(ctx, b)
    return None


def _fix_nan(ctx, a):
    """A quiet NaN with a's sign and payload, cut to the context."""
    payload = a._int
    if payload:
        room = ctx._prec - ctx._clamp
        if _nd(payload) > room:
            payload %= _p10(room) if room > 0 else 1
    return _dec(a._sign, payload, 'n', True)


def _invalid(ctx, cond=_S_IO):
    ctx._raise(cond)
    return _dec(0, 0, 'n', True)


_NAN = None  # set below


# ---------------------------------------------------------------- parsing

def _parse(s, strict=False):
    """(sign, coeff, exp, special) of a numeric string, or None. The
    constructor allows surrounding whitespace and underscores; a context's
    create_decimal (strict) does not."""
    if strict and ('_' in s or s != s.strip()):
        return None
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isdecimal():
                ch = str(int(ch))
            elif ch.isspace():
                ch = ' '
            chars.append(ch)
        s = ''.join(chars)
        if not s.isascii():
            return None
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        if s[0] == '-':
            sign = 1
        s = s[1:]
    low = s.lower()
    if low[:1] in ('i', 'n', 's'):
        if low in ('inf', 'infinity'):
            return sign, 0, 'F', True
        if low.startswith('nan'):
            kind, payload = 'n', low[3:]
        elif low.startswith('snan'):
            kind, payload = 'N', low[4:]
        else:
            return None
        if payload and not payload.isdigit():
            return None
        return sign, _iparse(payload) if payload else 0, kind, True
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        if es[:1] in ('+', '-'):
            if not es[1:].isdigit():
                return None
        elif not es.isdigit():
            return None
        exp = _iparse(es.lstrip('+-'))
        if es[0] == '-':
            exp = -exp
    dot = low.find('.')
    if dot >= 0:
        intpart = low[:dot]
        frac = low[dot + 1:]
        if not intpart and not frac:
            return None
        if (intpart and not intpart.isdigit()) or \
                (frac and not frac.isdigit()):
            return None
        return sign, _iparse(intpart + frac), exp - len(frac), False
    if not low.isdigit():
        return None
    return sign, _iparse(low), exp, False


# ---------------------------------------------------------------- Decimal

def _convert(other, ctx, floats=False):
    """other as a Decimal for an arithmetic operation, or NotImplemented."""
    if type(other) is Decimal or isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if floats and isinstance(other, float):
        ctx._raise(_S_FO)
        return Decimal._from_float(other)
    return NotImplemented


def _convert_arg(other, ctx):
    """other as a Decimal for a method argument, or TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(other).__name__)


def _from_int(n):
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, int(n), 0)


def _unsupported(d, other, sym, reflected):
    """NotImplemented: the interpreter then tries the other operand and
    raises CPython's TypeError (the type's name is 'decimal.Decimal')."""
    return NotImplemented


def _ctx_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


class Decimal:
    """Decimal(value="0", context=None): an immutable decimal number."""

    # The methods of the Rust type _decimal.Decimal, which holds the value
    # (_sign, _int, _exp, _is_special): _install_native() below moves them
    # there, and `Decimal` then names that type.
    __slots__ = ()

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            ctx = getcontext() if context is None else _ctx_arg(context)
            d = Decimal._from_str(value, ctx)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, float):
            ctx = getcontext() if context is None else _ctx_arg(context)
            ctx._raise(_S_FO)
            d = Decimal._from_float(value)
        elif isinstance(value, (tuple, list)):
            d = Decimal._from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if context is not None:
            _ctx_arg(context)
        if cls is Decimal and type(d) is Decimal:
            return d
        return _decimal._dec_as(cls, d._sign, d._int, d._exp, d._is_special)

    @staticmethod
    def _from_str(value, ctx, strict=False):
        p = _parse(value, strict)
        if p is None:
            ctx._raise(_C_CS)
            return _dec(0, 0, 'n', True)
        if p[3]:
            return _dec(p[0], p[1], p[2], True)
        if strict:
            return _finish(ctx, p[0], p[1], p[2])
        if p[2] < MIN_ETINY or p[2] + _nd(p[1]) - 1 > MAX_EMAX:
            # Beyond any context's exponents, as libmpdec refuses it.
            ctx._raise(_S_IO)
            return _dec(0, 0, 'n', True)
        return _dec(p[0], p[1], p[2])

    @staticmethod
    def _from_float(f):
        if f != f:
            return _dec(0, 0, 'n', True)
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f in (float('inf'), float('-inf')):
            return _dec(sign, 0, 'F', True)
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k
        return _dec(sign, n * 5 ** k, -k)

    @staticmethod
    def _from_tuple(value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = value
        if not (isinstance(sign, int) and sign in (0, 1)):
            raise ValueError('sign must be an integer with the value 0 or 1')
        special = False
        if isinstance(exp, str):
            if exp not in ('F', 'n', 'N'):
                raise ValueError("string argument in the third position must "
                                 "be 'F', 'n' or 'N'")
            special = True
        elif not isinstance(exp, int):
            raise ValueError('exponent must be an integer')
        if not isinstance(digits, (tuple, list)):
            raise ValueError('coefficient must be a tuple of digits')
        c = 0
        for dg in digits:
            if not (isinstance(dg, int) and 0 <= dg <= 9):
                raise ValueError('coefficient must be a tuple of digits')
            c = c * 10 + dg
        if exp == 'F':
            c = 0
        return _dec(sign, c, exp, special)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = Decimal._from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions to text
    def __str__(self, eng=False, context=None):
        return self._to_str(eng, None)

    def _to_str(self, eng, ctx):
        sign = '-' if self._sign else ''
        exp = self._exp
        if self._is_special:
            if exp == 'F':
                return sign + 'Infinity'
            payload = _istr(self._int) if self._int else ''
            return sign + ('NaN' if exp == 'n' else 'sNaN') + payload
        digits = _istr(self._int)
        nd = len(digits)
        adj = exp + nd - 1
        if exp <= 0 and adj >= -6:
            if exp == 0:
                return sign + digits
            point = nd + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        if ctx is None:
            ctx = getcontext()
        e = 'E' if ctx._capitals else 'e'
        if not eng:
            if nd > 1:
                digits = digits[0] + '.' + digits[1:]
            return '%s%s%s%+d' % (sign, digits, e, adj)
        if self._int == 0:
            eexp = -(-adj // 3) * 3
            zeros = eexp - adj
            digits = '0.' + '0' * zeros if zeros else '0'
            return '%s%s%s%+d' % (sign, digits, e, eexp) if eexp else \
                sign + digits
        eexp = adj - adj % 3
        before = adj - eexp + 1
        if before >= nd:
            digits = digits + '0' * (before - nd)
        else:
            digits = digits[:before] + '.' + digits[before:]
        if eexp == 0:
            return sign + digits
        return '%s%s%s%+d' % (sign, digits, e, eexp)

    def to_eng_string(self, context=None):
        """The string in engineering notation (exponent a multiple of 3)."""
        return self._to_str(True, _ctx_arg(context))

    def __repr__(self):
        return "Decimal('%s')" % self._to_str(False, None)

    # -- predicates and simple queries
    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = _ctx_arg(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _ctx_arg(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < ctx._emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def as_tuple(self):
        digits = tuple(map(int, _istr(self._int))) if \
            (self._int or not self._is_special) else ()
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c, e = self._int, self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n, d = c * _p10(e), 1
        else:
            # Reduce c / 10**-e by the powers of 2 and 5 of c.
            k = -e
            twos = fives = k
            while twos and c % 2 == 0:
                c //= 2
                twos -= 1
            while fives and c % 5 == 0:
                c //= 5
                fives -= 1
            n, d = c, (1 << twos) * 5 ** fives
        return (-n if self._sign else n), d

    # -- conversions to numbers
    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        e = self._exp
        if e >= 0:
            n = self._int * _p10(e)
        elif -e > _nd(self._int):
            n = 0
        else:
            n = self._int // _p10(-e)
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        if self._int == 0:
            return -0.0 if self._sign else 0.0
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        n, d = self.as_integer_ratio()
        return n // d

    def __ceil__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        n, d = self.as_integer_ratio()
        return -(-n // d)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_dec(0, 1, -n))
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        q = self._rescale(0, ROUND_HALF_EVEN)
        return int(q)

    # -- hashing and comparison
    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2305843009213693951
        e = self._exp
        if e >= 0:
            h = self._int % P * pow(10, e, P) % P
        else:
            h = self._int % P * pow(pow(10, -e, P), P - 2, P) % P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._is_special or other._is_special:
            a = 0 if not self._is_special else (-1 if self._sign else 1) * 2
            b = 0 if not other._is_special else (-1 if other._sign else 1) * 2
            if a or b:
                if a == 0:
                    a = (-1 if self._sign else 1) if self._int else 0
                if b == 0:
                    b = (-1 if other._sign else 1) if other._int else 0
                return (a > b) - (a < b)
        sc, oc = self._int, other._int
        if not sc:
            if not oc:
                return 0
            return 1 if other._sign else -1
        if not oc:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        se, oe = self._exp, other._exp
        sa = se + _nd(sc)
        oa = oe + _nd(oc)
        if sa != oa:
            r = 1 if sa > oa else -1
        else:
            if se > oe:
                sc *= _p10(se - oe)
            elif oe > se:
                oc *= _p10(oe - se)
            r = (sc > oc) - (sc < oc)
        return -r if self._sign else r

    def _compare_other(self, other, ctx, eq):
        """other as a Decimal, or as (num, den) for an exact rational
        comparison, or NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return _convert(other, ctx)
        if isinstance(other, float):
            if eq:
                object.__setattr__(ctx, '_fl', ctx._fl | _S_FO)
            else:
                ctx._raise(_S_FO)
            return Decimal._from_float(other)
        if isinstance(other, complex) and eq:
            if other.imag != 0:
                return None
            object.__setattr__(ctx, '_fl', ctx._fl | _S_FO)
            return Decimal._from_float(other.real)
        if isinstance(other, _numbers.Rational):
            return (other.numerator, other.denominator)
        return NotImplemented

    def _rich(self, other, eq):
        """(self, other) ready for comparison, or a result."""
        ctx = getcontext()
        o = self._compare_other(other, ctx, eq)
        if o is NotImplemented or o is None:
            return o
        if isinstance(o, tuple):
            if self._is_special:
                o = _dec(0, 0, 0)
                if self.is_nan():
                    return (self, o, ctx)
                return (self, o, ctx)
            num, den = o
            n, d = self.as_integer_ratio()
            lhs, rhs = n * den, num * d
            return (lhs > rhs) - (lhs < rhs)
        return (self, o, ctx)

    def __eq__(self, other):
        r = self._rich(other, True)
        if r is NotImplemented:
            return r
        if r is None:
            return False
        if isinstance(r, int):
            return r == 0
        a, b, ctx = r
        if a.is_nan() or b.is_nan():
            if a._exp == 'N' or b._exp == 'N':
                ctx._raise(_S_IO)
            return False
        return a._cmp(b) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        r = self._rich(other, False)
        if r is NotImplemented:
            return r
        if isinstance(r, int):
            c = r
        else:
            a, b, ctx = r
            if a.is_nan() or b.is_nan():
                ctx._raise(_S_IO)
                return False
            c = a._cmp(b)
        if op == 0:
            return c < 0
        if op == 1:
            return c <= 0
        if op == 2:
            return c > 0
        return c >= 0

    def __lt__(self, other):
        return self._order(other, 0)

    def __le__(self, other):
        return self._order(other, 1)

    def __gt__(self, other):
        return self._order(other, 2)

    def __ge__(self, other):
        return self._order(other, 3)

    # -- pickling and copying
    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- arithmetic operators (an int on either side; float -> TypeError)
    def __add__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '+', False)
        return _add(self, o, ctx)

    def __radd__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '+', True)
        return _add(o, self, ctx)

    def __sub__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '-', False)
        return _add(self, o, ctx, True)

    def __rsub__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '-', True)
        return _add(o, self, ctx, True)

    def __mul__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '*', False)
        return _mul(self, o, ctx)

    def __rmul__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '*', True)
        return _mul(o, self, ctx)

    def __truediv__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '/', False)
        return _div(self, o, ctx)

    def __rtruediv__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '/', True)
        return _div(o, self, ctx)

    def __floordiv__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '//', False)
        return _floordiv(self, o, ctx)

    def __rfloordiv__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '//', True)
        return _floordiv(o, self, ctx)

    def __mod__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '%', False)
        return _mod(self, o, ctx)

    def __rmod__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '%', True)
        return _mod(o, self, ctx)

    def __divmod__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, 'divmod()', False)
        return _divmod(self, o, ctx)

    def __rdivmod__(self, other, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, 'divmod()', True)
        return _divmod(o, self, ctx)

    def __pow__(self, other, modulo=None, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '** or pow()', False)
        if modulo is None:
            return _power(self, o, ctx)
        m = _convert(modulo, ctx)
        if m is NotImplemented:
            raise TypeError('pow() 3rd argument not allowed unless all '
                            'arguments are integers')
        return _power_mod(self, o, m, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _unsupported(self, other, '** or pow()', True)
        if modulo is None:
            return _power(o, self, ctx)
        m = _convert(modulo, ctx)
        if m is NotImplemented:
            return _unsupported(self, modulo, '** or pow()', True)
        return _power_mod(o, self, m, ctx)

    def __neg__(self, context=None):
        return _neg(self, _ctx_arg(context))

    def __pos__(self, context=None):
        return _pos(self, _ctx_arg(context))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _abs(self, _ctx_arg(context))

    # -- functions
    def exp(self, context=None):
        """e ** self, correctly rounded (ROUND_HALF_EVEN)."""
        return _exp(self, _ctx_arg(context))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (ROUND_HALF_EVEN)."""
        return _ln(self, _ctx_arg(context))

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (ROUND_HALF_EVEN)."""
        return _log10(self, _ctx_arg(context))

    def sqrt(self, context=None):
        """The square root, correctly rounded (ROUND_HALF_EVEN)."""
        return _sqrt(self, _ctx_arg(context))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _ctx_arg(context)
        other = _convert_arg(other, ctx)
        third = _convert_arg(third, ctx)
        return _fma(self, other, third, ctx)

    def remainder_near(self, other, context=None):
        ctx = _ctx_arg(context)
        return _remainder_near(self, _convert_arg(other, ctx), ctx)

    # -- comparison operations
    def compare(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _convert_arg(other, ctx)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r
        return _from_int(self._cmp(other))

    def compare_signal(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _convert_arg(other, ctx)
        if self.is_nan() or other.is_nan():
            r = _nan_result(ctx, self, other)
            ctx._raise(_S_IO)
            return r
        return _from_int(self._cmp(other))

    def compare_total(self, other, context=None):
        """Compare by the total order of the specification."""
        other = _convert_arg(other, None)
        return _from_int(_total_cmp(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert_arg(other, None)
        return _from_int(_total_cmp(self.copy_abs(), other.copy_abs()))

    def max(self, other, context=None):
        ctx = _ctx_arg(context)
        return _minmax(self, _convert_arg(other, ctx), ctx, 1, False)

    def min(self, other, context=None):
        ctx = _ctx_arg(context)
        return _minmax(self, _convert_arg(other, ctx), ctx, -1, False)

    def max_mag(self, other, context=None):
        ctx = _ctx_arg(context)
        return _minmax(self, _convert_arg(other, ctx), ctx, 1, True)

    def min_mag(self, other, context=None):
        ctx = _ctx_arg(context)
        return _minmax(self, _convert_arg(other, ctx), ctx, -1, True)

    def same_quantum(self, other, context=None):
        other = _convert_arg(other, None)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    # -- sign operations (exact, no context)
    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert_arg(other, None)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    # -- exponent operations
    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = _ctx_arg(context)
        exp = _convert_arg(exp, ctx)
        if rounding is None:
            rounding = ctx._rounding
        elif not isinstance(rounding, str) or rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        return _quantize(self, exp, ctx, rounding)

    def _rescale(self, exp, rounding):
        """self at exponent exp (finite self), no signals."""
        if self._int == 0 or exp <= self._exp:
            if self._int == 0:
                return _dec(self._sign, 0, exp)
            return _dec(self._sign, self._int * _p10(self._exp - exp), exp)
        c, _ = _shift_round(self._int, exp - self._exp, self._sign, rounding)
        return _dec(self._sign, c, exp)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer without signalling Inexact or Rounded."""
        ctx = _ctx_arg(context)
        rounding = _rounding_arg(rounding, ctx)
        if self._is_special:
            r = _nan_result(ctx, self)
            return self if r is None else r
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded."""
        ctx = _ctx_arg(context)
        rounding = _rounding_arg(rounding, ctx)
        if self._is_special:
            r = _nan_result(ctx, self)
            return self if r is None else r
        if self._exp >= 0:
            return self
        r = self._rescale(0, rounding)
        if self._int:
            cond = _S_RO
            if -self._exp > _nd(self._int) or \
                    r._int * _p10(-self._exp) != self._int:
                cond |= _S_IX
            ctx._raise(cond)
        return r

    def normalize(self, context=None):
        """Rounded to the context, trailing zeros stripped."""
        ctx = _ctx_arg(context)
        if self._is_special:
            r = _nan_result(ctx, self)
            return self if r is None else r
        d = _finish(ctx, self._sign, self._int, self._exp)
        if d._is_special:
            return d
        if d._int == 0:
            return _dec(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _dec(d._sign, c, e)

    def scaleb(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _convert_arg(other, ctx)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r
        if other._is_special or other._exp != 0:
            return _invalid(ctx)
        n = -other._int if other._sign else other._int
        limit = 2 * (ctx._emax + ctx._prec)
        if not -limit <= n <= limit:
            return _invalid(ctx)
        if self._is_special:
            return self
        return _finish(ctx, self._sign, self._int, self._exp + n)

    def logb(self, context=None):
        ctx = _ctx_arg(context)
        if self._is_special:
            r = _nan_result(ctx, self)
            if r is not None:
                return r
            return _dec(0, 0, 'F', True)
        if self._int == 0:
            ctx._raise(_S_DZ)
            return _dec(1, 0, 'F', True)
        adj = self.adjusted()
        return _finish(ctx, 1 if adj < 0 else 0, abs(adj), 0)

    # -- digit-wise operations
    def rotate(self, other, context=None):
        ctx = _ctx_arg(context)
        return _rotate_shift(self, _convert_arg(other, ctx), ctx, True)

    def shift(self, other, context=None):
        ctx = _ctx_arg(context)
        return _rotate_shift(self, _convert_arg(other, ctx), ctx, False)

    def logical_and(self, other, context=None):
        ctx = _ctx_arg(context)
        return _logical(self, _convert_arg(other, ctx), ctx, 0)

    def logical_or(self, other, context=None):
        ctx = _ctx_arg(context)
        return _logical(self, _convert_arg(other, ctx), ctx, 1)

    def logical_xor(self, other, context=None):
        ctx = _ctx_arg(context)
        return _logical(self, _convert_arg(other, ctx), ctx, 2)

    def logical_invert(self, context=None):
        ctx = _ctx_arg(context)
        return _logical(self, _dec(0, _p10(ctx._prec) // 9, 0), ctx, 2)

    # -- neighbours and classes
    def next_plus(self, context=None):
        return _next(self, _ctx_arg(context), True)

    def next_minus(self, context=None):
        return _next(self, _ctx_arg(context), False)

    def next_toward(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _convert_arg(other, ctx)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r
        c = self._cmp(other)
        if c == 0:
            return _dec(other._sign, self._int, self._exp, self._is_special)
        r = _next(self, ctx, c < 0)
        if r._exp == 'F':
            ctx._raise(_S_OV | _S_IX | _S_RO)
        elif not r._is_special and r.adjusted() < ctx._emin:
            cond = _S_UN | _S_SU | _S_IX | _S_RO
            if r._int == 0:
                cond |= _S_CL
            ctx._raise(cond)
        return r

    def number_class(self, context=None):
        ctx = _ctx_arg(context)
        if self._exp == 'n':
            return 'NaN'
        if self._exp == 'N':
            return 'sNaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if self.adjusted() < ctx._emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

def _install_native():
    """Move the methods of the class above onto the Rust type
    _decimal.Decimal. The hot ones (_decimal.FAST, and __new__) are in Rust
    already: for them the Python method becomes the fallback the Rust one
    calls for NaNs, infinities, floats, explicit contexts and errors."""
    methods = _methods(Decimal)
    fallbacks = {}
    for name in _decimal.FAST + ('__new__',):
        f = methods.pop(name)
        fallbacks[name] = getattr(f, '__func__', f)
    _decimal._setup(fallbacks, _contexts, _new_thread_context)
    return _decimal._install('Decimal', methods)


Decimal = _install_native()


# ---------------------------------------------------------------- arithmetic
# Each operation takes Decimals and a context and returns a Decimal.

def _add(a, b, ctx, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._is_special or b._is_special:
        r = _nan_result(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return _dec(a._sign, 0, 'F', True)
        return _dec(bsign, 0, 'F', True)
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    asign = a._sign
    if ac == 0 or bc == 0:
        # x + 0 keeps x's digits; the exponent is the smaller one.
        e = ae if ae < be else be
        if ac == 0 and bc == 0:
            if asign == bsign:
                sign = asign
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _finish(ctx, sign, 0, e)
        if ac == 0:
            c, ce, sign = bc, be, bsign
        else:
            c, ce, sign = ac, ae, asign
        cond = 0
        if ce > e:
            # Pad with zeros, but no further than the precision needs
            # (the zeros beyond it would only be rounded off).
            room = ctx._prec - _nd(c)
            shift = ce - e
            if shift > room:
                shift = room if room > 0 else 0
                cond = _S_RO
            c *= _p10(shift)
            ce -= shift
        return _finish(ctx, sign, c, ce, cond)
    # Keep the smaller operand from spreading far below the precision:
    # anything below the rounding digit (with two guard digits) acts
    # only as a sticky digit.
    if ae < be:
        ac, ae, asign, bc, be, bsign = bc, be, bsign, ac, ae, asign
    # now ae >= be
    if ae != be:
        # b lies below 10**L, a is a multiple of 10**L and the result is
        # rounded at a higher digit: b acts only as a sticky digit.
        top = ae + _nd(ac)
        L = top - ctx._prec - 2
        if ae < L:
            L = ae
        if be < L - 1 and be + _nd(bc) <= L:
            bc, be = 1, L - 1
        ac *= _p10(ae - be)
        ae = be
    if asign == bsign:
        return _finish(ctx, asign, ac + bc, ae)
    c = ac - bc
    if c == 0:
        return _finish(ctx, 1 if ctx._rounding == ROUND_FLOOR else 0, 0, ae)
    if c < 0:
        return _finish(ctx, bsign, -c, ae)
    return _finish(ctx, asign, c, ae)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_result(ctx, a, b)
        if r is not None:
            return r
        if (a._exp == 'F' and not b._is_special and b._int == 0) or \
                (b._exp == 'F' and not a._is_special and a._int == 0):
            return _invalid(ctx)
        return _dec(sign, 0, 'F', True)
    return _finish(ctx, sign, a._int * b._int, a._exp + b._exp)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_result(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _dec(sign, 0, 'F', True)
        # finite / Infinity
        return _finish(ctx, sign, 0, ctx._emin - ctx._prec + 1, _S_CL)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _C_DU)
        ctx._raise(_S_DZ)
        return _dec(sign, 0, 'F', True)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(ctx, sign, 0, ideal)
    ac, bc = a._int, b._int
    shift = ctx._prec + 1 + _nd(bc) - _nd(ac)
    if shift > 0:
        q, r = divmod(ac * _p10(shift), bc)
    else:
        shift = 0
        q, r = divmod(ac, bc)
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        # Exact: as close to the ideal exponent as possible.
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _finish(ctx, sign, q, e)


def _divmod_parts(a, b, ctx, want):
    """Integer division and remainder of finite Decimals (b != 0):
    want 0 -> quotient, 1 -> remainder, 2 -> both. Signals
    DivisionImpossible when the quotient needs more than prec digits."""
    ae, be = a._exp, b._exp
    e = ae if ae < be else be
    ac = a._int * _p10(ae - e)
    bc = b._int * _p10(be - e)
    q, r = divmod(ac, bc)
    if q and _nd(q) > ctx._prec:
        r = _invalid(ctx, _C_DI)
        return (r, r) if want == 2 else r
    sign = a._sign ^ b._sign
    quot = rem = None
    if want != 1:
        quot = _finish(ctx, sign, q, 0)
    if want != 0:
        rem = _finish(ctx, a._sign, r, e)
    if want == 2:
        return quot, rem
    return quot if want == 0 else rem


def _idiv_special(a, b, ctx, want):
    """Integer division or remainder with a special or zero operand, or
    None when the ordinary rule applies."""
    r = _nan_result(ctx, a, b)
    if r is not None:
        return (r, r) if want == 2 else r
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            r = _invalid(ctx)
            return (r, r) if want == 2 else r
        if want == 0:
            return _dec(sign, 0, 'F', True)
        r = _invalid(ctx)
        return (_dec(sign, 0, 'F', True), r) if want == 2 else r
    if b._exp == 'F':
        quot = _dec(sign, 0, 0)
        if want == 0:
            return quot
        rem = _finish(ctx, a._sign, a._int, a._exp)
        return (quot, rem) if want == 2 else rem
    if b._int == 0:
        if a._int == 0:
            r = _invalid(ctx, _C_DU)
            return (r, r) if want == 2 else r
        if want == 1:
            return _invalid(ctx)
        ctx._raise(_S_DZ if want == 0 else (_S_DZ | _S_IO))
        inf = _dec(sign, 0, 'F', True)
        return inf if want == 0 else (inf, _dec(0, 0, 'n', True))
    return None


def _floordiv(a, b, ctx):
    if a._is_special or b._is_special or b._int == 0:
        return _idiv_special(a, b, ctx, 0)
    return _divmod_parts(a, b, ctx, 0)


def _mod(a, b, ctx):
    if a._is_special or b._is_special or b._int == 0:
        return _idiv_special(a, b, ctx, 1)
    return _divmod_parts(a, b, ctx, 1)


def _divmod(a, b, ctx):
    if a._is_special or b._is_special or b._int == 0:
        return _idiv_special(a, b, ctx, 2)
    return _divmod_parts(a, b, ctx, 2)


def _remainder_near(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nan_result(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(ctx)
        return _finish(ctx, a._sign, a._int, a._exp)
    if b._int == 0:
        return _invalid(ctx, _C_DU if a._int == 0 else _S_IO)
    ae, be = a._exp, b._exp
    e = ae if ae < be else be
    ac = a._int * _p10(ae - e)
    bc = b._int * _p10(be - e)
    q, r = divmod(ac, bc)
    # Round the quotient to nearest, ties to even.
    if 2 * r > bc or (2 * r == bc and q & 1):
        q += 1
        r -= bc
    if q and _nd(q) > ctx._prec:
        return _invalid(ctx, _C_DI)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _finish(ctx, sign, r, e)


def _abs(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        return _dec(0, 0, 'F', True)
    return _finish(ctx, 0, a._int, a._exp)


def _neg(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        return _dec(a._sign ^ 1, 0, 'F', True)
    if a._int == 0:
        s = 1 if ctx._rounding == ROUND_FLOOR and not a._sign else 0
        return _finish(ctx, s, 0, a._exp)
    return _finish(ctx, a._sign ^ 1, a._int, a._exp)


def _pos(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        return a
    if a._int == 0:
        s = 1 if ctx._rounding == ROUND_FLOOR and a._sign else 0
        return _finish(ctx, s, 0, a._exp)
    return _finish(ctx, a._sign, a._int, a._exp)


# ---------------------------------------------------------------- functions
# exp, ln, log10 and non-integral powers: an approximation with a bound on
# its error, at more and more digits until the rounding is certain (Ziv).

def _ziv(ctx, sign, approx, rounding, cond=0):
    """The correctly rounded result of approx(w) -> (M, E, err): the true
    value lies strictly between (M - err) * 10**E and (M + err) * 10**E,
    and is not exactly representable at the context's precision."""
    p = ctx._prec
    etiny = ctx._emin - p + 1
    guard = 12
    while True:
        M, E, err = approx(p + guard)
        lo, hi = M - err, M + err
        if lo > 0:
            pos = E + _nd(lo) - p
            if pos < etiny:
                pos = etiny
            k = pos - E
            if k >= 1:
                H = 5 * _p10(k - 1)
                if lo // H == hi // H and lo % H:
                    return _finish(ctx, sign, M, E, cond, rounding)
        if guard > 2 * p + 100:
            # The value is (as good as) exactly on a rounding boundary,
            # which only exact powers reach: CPython then mostly gives the
            # exact value, still flagged Inexact.
            if k >= 1 and lo > 0:
                B = hi // H * H
                return _finish(ctx, sign, B, E, cond, rounding)
            return _finish(ctx, sign, M, E, cond, rounding)
        guard *= 2


_LN10_CACHE = [0, 0, 0]  # [G, ln(10) * 10**G, error bound]


def _ln10(F):
    """ln(10) * 10**F and its error bound (units of 10**-F)."""
    if _LN10_CACHE[0] < F:
        G = F + 20
        v, err = _ln_fixed(10 * _p10(G), G)
        _LN10_CACHE[0] = G
        _LN10_CACHE[1] = v
        _LN10_CACHE[2] = err
    G, v, err = _LN10_CACHE
    return v // _p10(G - F), err // _p10(G - F) + 2


def _ln_fixed(m, F):
    """ln(m / 10**F) * 10**F for 1 <= m / 10**F <= 10, with an error bound
    (in units of 10**-F)."""
    one = _p10(F)
    # Square roots bring m close to 1: ln m = 2**s ln(m**(1/2**s)).
    s = 0
    limit = one + one // 100
    while m > limit:
        m = _isqrt(m * one)
        s += 1
    # ln m = 2 atanh(z), z = (m - 1) / (m + 1)
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = z
    n = 1
    terms = 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
        terms += 1
    total *= 2
    err = (4 * terms + 4 * s + 20) << s
    return total << s, err


def _exp_fixed(r, F):
    """exp(r / 10**F) * 10**F for 0 <= r / 10**F < 3, with an error bound."""
    one = _p10(F)
    s = 0
    # Halve r until it is small, Taylor series, then square back.
    bound = one >> 6
    while r > bound:
        r >>= 1
        s += 1
    extra = max(0, int((F * 3.33) ** 0.5) // 2)
    r >>= extra
    s += extra
    total = one
    term = one
    i = 1
    terms = 0
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
        terms += 1
    for _ in range(s):
        total = total * total // one
    err = 10 * (((terms + 4) << s) + 2)
    return total, err


def _isqrt(n):
    return _math.isqrt(n)


def _exp_value(T, F, t_err, w):
    """exp(T / 10**F) as (M, E, err), T known to within t_err units."""
    l10, l10_err = _ln10(F + 5)
    l10 //= _p10(5)
    l10_err = l10_err // _p10(5) + 1
    k = T // l10
    r = T - k * l10
    r_err = t_err + abs(k) * l10_err + 1
    v, v_err = _exp_fixed(r, F)
    return v, k - F, v_err + 10 * r_err + 1


def _exp(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _dec(0, 0, 0)
        return _dec(0, 0, 'F', True)
    if a._int == 0:
        return _dec(0, 1, 0)
    p = ctx._prec
    adj = a.adjusted()
    sign = a._sign
    # Results that certainly overflow or underflow.
    if adj > 20 or (adj >= 0 and _too_big_for_exp(a, ctx)):
        if not sign:
            return _finish(ctx, 0, 1, ctx._emax + 10, 0, ROUND_HALF_EVEN)
        return _finish(ctx, 0, 1, ctx._emin - p - 10, 0, ROUND_HALF_EVEN)
    if adj < -p - 2:
        # exp(x) is 1 +- less than half an ulp of anything rounded to p.
        if sign:
            return _finish(ctx, 0, _p10(p + 2) - 1, -(p + 2), 0,
                           ROUND_HALF_EVEN)
        return _finish(ctx, 0, _p10(p + 1) + 1, -(p + 1), 0, ROUND_HALF_EVEN)

    def approx(w):
        F = w + max(adj, 0) + 8 + int(0.3 * w ** 0.5)
        c, e = a._int, a._exp
        if e + F >= 0:
            T = c * _p10(e + F)
        else:
            T = c // _p10(-(e + F))
        if sign:
            T = -T
        return _exp_value(T, F, 1, w)
    return _ziv(ctx, 0, approx, ROUND_HALF_EVEN)


def _too_big_for_exp(a, ctx):
    """Whether exp(a) (a finite, adjusted >= 0) certainly leaves the range
    of the context: |a| > (Emax + 2) * ln 10 or beyond Etiny."""
    v = abs(int(a))
    if a._sign:
        return v > (-(ctx._emin - ctx._prec) + 3) * 2.3026
    return v > (ctx._emax + 2) * 2.3026


def _ln_value(a, w):
    """ln(a) for a finite a > 0, a != 1, as (T, F, err)."""
    c, e = a._int, a._exp
    nd = _nd(c)
    adj = e + nd - 1
    # Digits lost to cancellation when a is near 1.
    near = 0
    if e < 0 and adj in (0, -1):
        diff = abs(c - _p10(-e))
        dadj = e + _nd(diff) - 1
        if dadj < 0:
            near = -dadj
    F = w + near + _nd(abs(adj)) + 6
    # m = c / 10**(nd - 1) in [1, 10)
    if nd - 1 <= F:
        m = c * _p10(F - nd + 1)
    else:
        m = c // _p10(nd - 1 - F)
    v, err = _ln_fixed(m, F)
    if adj:
        l10, l10_err = _ln10(F)
        v += adj * l10
        err += abs(adj) * l10_err
    return v, F, err + 1


def _ln(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _dec(0, 0, 'F', True)
    if a._int == 0:
        return _dec(1, 0, 'F', True)
    if a._sign:
        return _invalid(ctx)
    if a._exp <= 0 and a.adjusted() == 0 and a._int == _p10(-a._exp):
        return _dec(0, 0, 0)

    def approx(w):
        T, F, err = _ln_value(a, w)
        if T < 0:
            return -T, -F, err
        return T, -F, err
    sign = 1 if a.adjusted() < 0 else 0
    return _ziv(ctx, sign, approx, ROUND_HALF_EVEN)


def _log10(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _dec(0, 0, 'F', True)
    if a._int == 0:
        return _dec(1, 0, 'F', True)
    if a._sign:
        return _invalid(ctx)
    c = a._int
    # An exact power of ten gives an exact integer.
    t = c
    z = 0
    while t % 10 == 0:
        t //= 10
        z += 1
    if t == 1:
        k = a._exp + z
        return _finish(ctx, 1 if k < 0 else 0, abs(k), 0, 0, ROUND_HALF_EVEN)

    def approx(w):
        T, F, err = _ln_value(a, w)
        l10, l10_err = _ln10(F)
        # T / l10 at scale F; the error of a quotient of approximations.
        q = T * _p10(F) // l10
        qerr = (err * _p10(F) + abs(q) * l10_err) // l10 + 2
        if q < 0:
            return -q, -F, qerr
        return q, -F, qerr
    sign = 1 if a.adjusted() < 0 else 0
    return _ziv(ctx, sign, approx, ROUND_HALF_EVEN)


def _sqrt(a, ctx):
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _dec(0, 0, 'F', True)
    ideal = a._exp // 2
    if a._int == 0:
        return _finish(ctx, a._sign, 0, ideal)
    if a._sign:
        return _invalid(ctx)
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    p = ctx._prec
    k = p + 1 - (_nd(c) + 1) // 2
    if k < 0:
        k = 0
    c *= _p10(2 * k)
    r = _isqrt(c)
    e = e // 2 - k
    if r * r == c:
        while e < ideal and r % 10 == 0:
            r //= 10
            e += 1
    elif r % 5 == 0:
        r += 1
    return _finish(ctx, 0, r, e, 0, ROUND_HALF_EVEN)


def _integral(d):
    """Whether the finite Decimal d is an integer."""
    e = d._exp
    if e >= 0 or d._int == 0:
        return True
    return -e <= _nd(d._int) and d._int % _p10(-e) == 0


def _strip(c):
    """(c without trailing zeros, their number); (0, 0) for 0."""
    z = 0
    if c and c % 10 == 0:
        while c % 1000000 == 0:
            c //= 1000000
            z += 6
        while c % 10 == 0:
            c //= 10
            z += 1
    return c, z


def _finish_zeros(ctx, sign, c, e, zeros, cond=0):
    """_finish of c * 10**zeros at exponent e, not building the zeros that
    rounding would only discard."""
    room = ctx._prec - _nd(c)
    if zeros > room:
        if room < 0:
            room = 0
        return _finish(ctx, sign, c * _p10(room), e + zeros - room,
                       cond | _S_RO)
    return _finish(ctx, sign, c * _p10(zeros), e, cond)


def _power(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nan_result(ctx, a, b)
        if r is not None:
            return r
    b_int = not b._is_special and _integral(b)
    if not b._is_special and b._int == 0:
        if not a._is_special and a._int == 0:
            return _invalid(ctx)
        return _dec(0, 1, 0)
    a_zero = not a._is_special and a._int == 0
    if a._sign and not a_zero and not b_int:
        return _invalid(ctx)
    sign = 0
    if a._sign and b_int:
        n_last = (b._int * _p10(b._exp)) if b._exp >= 0 else \
            b._int // _p10(-b._exp)
        sign = n_last & 1
    if a_zero:
        if b._sign:
            return _dec(sign, 0, 'F', True)
        return _dec(sign, 0, 0)
    if a._exp == 'F':
        if b._sign:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 'F', True)
    p = ctx._prec
    # |a| compared with 1.
    c, e = a._int, a._exp
    is_one = e <= 0 and a.adjusted() == 0 and c == _p10(-e)
    if b._exp == 'F':
        if is_one:
            return _finish(ctx, 0, _p10(p - 1), 1 - p, _S_IX | _S_RO)
        big = a.adjusted() >= 0
        if big == (b._sign == 0):
            return _dec(0, 0, 'F', True)
        return _dec(0, 0, 0)
    if is_one and not b_int:
        return _finish(ctx, 0, _p10(p - 1), 1 - p, _S_IX | _S_RO)
    # Certain overflow or underflow.
    nd = _nd(c)
    lead = c // _p10(nd - 17) if nd > 17 else c
    la = (e + nd - 1) + _math.log10(lead / _p10(min(nd, 17) - 1))
    bf = float(b)
    est = bf * la
    if est != est:
        est = 0.0
    margin = 2 + abs(est) * 1e-12
    if not is_one and est > ctx._emax + margin:
        return _finish(ctx, sign, 1, ctx._emax + 10)
    if not is_one and est < ctx._emin - p - margin:
        return _finish(ctx, sign, 1, ctx._emin - p - 10)
    if b_int:
        n = int(b)
        cs, z = _strip(c)
        m = abs(n)
        if cs == 1:
            # A power of ten.
            if n > 0:
                return _finish_zeros(ctx, sign, 1, e * n, z * n)
            return _finish(ctx, sign, 1, -(z + e) * m)
        if m * _nd(cs) <= 3 * p + 200:
            if n > 0:
                return _finish_zeros(ctx, sign, cs ** n, e * n, z * n)
            return _div(_dec(0, 1, 0), _dec(sign, cs ** m, (e + z) * m), ctx)

    # A tiny y * ln(x) gives 1 (as CPython, whatever the rounding).
    lnx = abs(la) * 2.302585092994046
    if lnx and b.adjusted() + _math.floor(_math.log10(lnx)) <= -(p + 23):
        return _finish(ctx, sign, _p10(p - 1), 1 - p, _S_IX | _S_RO)

    def approx(w):
        bad = b.adjusted()
        wl = w + 6 + (bad + 1 if bad > -1 else 0)
        L, F, err = _ln_value(_dec(0, c, e), wl)
        cb, eb = b._int, b._exp
        if eb >= 0:
            T = L * cb * _p10(eb)
            terr = err * cb * _p10(eb) + 1
        else:
            T = L * cb // _p10(-eb)
            terr = err * cb // _p10(-eb) + 2
        if b._sign:
            T = -T
        return _exp_value(T, F, terr, w)
    return _ziv(ctx, sign, approx, None, _S_IX | _S_RO)


def _power_mod(a, b, m, ctx):
    for x in (a, b, m):
        if x._exp == 'N':
            ctx._raise(_S_IO)
            return _fix_nan(ctx, x)
    for x in (a, b, m):
        if x._exp == 'n':
            return _fix_nan(ctx, x)
    if a._is_special or b._is_special or m._is_special:
        return _invalid(ctx)
    if not (_integral(a) and _integral(b) and _integral(m)):
        return _invalid(ctx)
    if b._sign or m._int == 0 or (a._int == 0 and b._int == 0):
        return _invalid(ctx)
    mv = abs(int(m))
    if _nd(mv) > ctx._prec:
        return _invalid(ctx)
    av = int(a)
    bv = int(b)
    r = pow(abs(av), bv, mv)
    sign = 1 if (av < 0 and bv & 1) else 0
    return _finish(ctx, sign, r, 0)


# ---------------------------------------------------------------- the rest

def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx._rounding
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_ERROR)
    return rounding


def _fma(a, b, c, ctx):
    if a._is_special or b._is_special or c._is_special:
        for x in (a, b, c):
            if x._exp == 'N':
                ctx._raise(_S_IO)
                return _fix_nan(ctx, x)
        for x in (a, b):
            if x._exp == 'n':
                return _fix_nan(ctx, x)
        if (a._exp == 'F' and not b._is_special and b._int == 0) or \
                (b._exp == 'F' and not a._is_special and a._int == 0):
            return _invalid(ctx)
        if a._exp == 'F' or b._exp == 'F':
            prod = _dec(a._sign ^ b._sign, 0, 'F', True)
            return _add(prod, c, ctx)
    prod = _dec(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(prod, c, ctx)


def _total_key(d):
    """(class rank, ...) ordering positive values of the total order."""
    if d._exp == 'n':
        return 3, d._int
    if d._exp == 'N':
        return 2, d._int
    if d._exp == 'F':
        return 1, 0
    return 0, 0


def _total_cmp(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ka, kb = _total_key(a), _total_key(b)
    if ka != kb:
        r = 1 if ka > kb else -1
    elif ka[0] != 0:
        r = 0
    else:
        r = _dec(0, a._int, a._exp)._cmp(_dec(0, b._int, b._exp))
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if a._sign else r


def _minmax(a, b, ctx, which, mag):
    """max (which 1) or min (which -1), of magnitudes if mag."""
    if a._is_special or b._is_special:
        if a._exp == 'N' or b._exp == 'N':
            return _nan_result(ctx, a, b)
        an, bn = a._exp == 'n', b._exp == 'n'
        if an and bn:
            return _fix_nan(ctx, a)
        if an:
            return _pos_fix(b, ctx)
        if bn:
            return _pos_fix(a, ctx)
    if mag:
        c = _dec(0, a._int, a._exp, a._is_special)._cmp(
            _dec(0, b._int, b._exp, b._is_special))
    else:
        c = a._cmp(b)
    if c == 0:
        c = _total_cmp(a, b)
    pick = a if (c >= 0) == (which > 0) else b
    if c == 0:
        pick = a
    return _pos_fix(pick, ctx)


def _pos_fix(d, ctx):
    if d._is_special:
        return d
    return _finish(ctx, d._sign, d._int, d._exp)


def _quantize(a, q, ctx, rounding):
    if a._is_special or q._is_special:
        r = _nan_result(ctx, a, q)
        if r is not None:
            return r
        if a._exp == 'F' and q._exp == 'F':
            return _dec(a._sign, 0, 'F', True)
        return _invalid(ctx)
    te = q._exp
    p = ctx._prec
    if te > ctx._emax or te < ctx._emin - p + 1:
        return _invalid(ctx)
    if a._int == 0:
        return _dec(a._sign, 0, te)
    c, e = a._int, a._exp
    cond = 0
    if te <= e:
        if _nd(c) + (e - te) > p:
            return _invalid(ctx)
        c *= _p10(e - te)
    else:
        c, inexact = _shift_round(c, te - e, a._sign, rounding)
        if _nd(c) > p:
            return _invalid(ctx)
        cond = _S_RO | (_S_IX if inexact else 0)
    if c:
        adj = te + _nd(c) - 1
        if adj > ctx._emax:
            return _invalid(ctx)
        if adj < ctx._emin:
            cond |= _S_SU
            if cond & _S_IX:
                cond |= _S_UN
    if ctx._clamp and te > ctx._emax - p + 1:
        etop = ctx._emax - p + 1
        c *= _p10(te - etop)
        te = etop
        cond |= _S_CL
    if cond:
        ctx._raise(cond)
    return _dec(a._sign, c, te)


def _int_operand(b, ctx, limit):
    """The integer value of b for rotate/shift/scaleb, or None."""
    if b._is_special or b._exp != 0:
        return None
    n = -b._int if b._sign else b._int
    if not -limit <= n <= limit:
        return None
    return n


def _rotate_shift(a, b, ctx, rotate):
    r = _nan_result(ctx, a, b)
    if r is not None:
        return r
    p = ctx._prec
    n = _int_operand(b, ctx, p)
    if n is None:
        return _invalid(ctx)
    if a._is_special:
        return a
    c = a._int % _p10(p)
    if rotate:
        n %= p
        if n:
            c = (c * _p10(n)) % _p10(p) + c // _p10(p - n)
    elif n > 0:
        c = (c * _p10(n)) % _p10(p)
    elif n < 0:
        c //= _p10(-n)
    return _dec(a._sign, c, a._exp)


def _logical_digits(d, ctx):
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = _istr(d._int)
    if len(s) > ctx._prec or s.strip('01'):
        return None
    return s


def _logical(a, b, ctx, op):
    sa = _logical_digits(a, ctx)
    sb = _logical_digits(b, ctx)
    if sa is None or sb is None:
        return _invalid(ctx)
    n = max(len(sa), len(sb))
    sa = sa.zfill(n)
    sb = sb.zfill(n)
    if op == 0:
        out = ''.join('1' if x == '1' and y == '1' else '0'
                      for x, y in zip(sa, sb))
    elif op == 1:
        out = ''.join('1' if x == '1' or y == '1' else '0'
                      for x, y in zip(sa, sb))
    else:
        out = ''.join('1' if x != y else '0' for x, y in zip(sa, sb))
    return _dec(0, int(out), 0)


def _next(a, ctx, up):
    """The next representable number above (up) or below a, no signals."""
    if a._is_special:
        r = _nan_result(ctx, a)
        if r is not None:
            return r
        if a._sign == (0 if up else 1):
            return a
        p = ctx._prec
        return _dec(a._sign, _p10(p) - 1, ctx._emax - p + 1)
    tmp = ctx.copy()
    object.__setattr__(tmp, '_tr', 0)
    p = ctx._prec
    rounding = ROUND_CEILING if up else ROUND_FLOOR
    if a._int == 0:
        return _finish(tmp, 0 if up else 1, 1, ctx._emin - p, 0, rounding)
    e = a._exp
    L = min(e - 1, a.adjusted() - p - 1)
    c = a._int * _p10(e - L)
    if up != bool(a._sign):
        c += 1
    else:
        c -= 1
    return _finish(tmp, a._sign, c, L, 0, rounding)


# ---------------------------------------------------------------- format

def _parse_spec(spec):
    """(fill, align, sign, zero, width, comma, precision, type) of a
    format spec, or ValueError."""
    fill, align = None, None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    coerce = False
    if i < n and spec[i] == 'z':
        coerce = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n or (zero and align is not None) or (comma and typ == 'n'):
        raise ValueError('invalid format string')
    return fill, align, sign, coerce, zero, width, comma, precision, typ


def _format(d, spec):
    if not isinstance(spec, str):
        raise TypeError('format arg must be str')
    fill, align, sign, coerce, zero, width, comma, prec, typ = \
        _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding
    neg = d._sign == 1
    if d._is_special:
        body = _istr(d._int) if d._int else ''
        body = {'F': 'Infinity', 'n': 'NaN', 'N': 'sNaN'}[d._exp] + \
            ('' if d._exp == 'F' else body)
        if typ == '%':
            body += '%'
        if zero and fill is None:
            fill = ' '
            if align is None:
                align = '>'
        return _pad(neg, sign, body, '', fill, align, width, False, False)
    c, e = d._int, d._exp
    if typ == '%':
        e += 2
    capital = typ in ('E', 'G') or (typ is None and ctx._capitals)
    if typ in ('e', 'E'):
        if c == 0 and prec:
            # A zero keeps its exponent and shows prec + 1 zero digits.
            text = '0.%s%s%+d' % ('0' * prec, 'E' if capital else 'e',
                                  e + prec)
        else:
            if prec is not None:
                c, e = _round_digits(c, e, prec + 1, neg, rounding, True)
            text = _sci(c, e, capital, force=True)
    elif typ in ('f', 'F', '%'):
        if prec is not None:
            c, e = _round_at(c, e, -prec, neg, rounding)
        elif e > 0:
            c, e = c * _p10(e), 0
        text = _plain(c, e)
    else:
        if prec is not None:
            c, e = _round_digits(c, e, max(prec, 1), neg, rounding, False)
        text = _sci(c, e, capital, force=False)
    if typ == '%':
        text += '%'
    if coerce and neg and not \
            text.replace('E', 'e').split('e')[0].strip('0.%'):
        neg = False
    # Split off the integer part (for grouping and zero padding).
    k = 0
    while k < len(text) and text[k].isdigit():
        k += 1
    intpart, rest = text[:k], text[k:]
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
    return _pad(neg, sign, intpart, rest, fill, align, width, comma,
                fill == '0' and align == '=' and zero)


def _round_digits(c, e, digits, neg, rounding, pad):
    """(c, e) rounded to `digits` significant digits; padded with zeros to
    that many if pad."""
    nd = _nd(c)
    if nd > digits:
        c2, _ = _shift_round(c, nd - digits, neg, rounding)
        e2 = e + nd - digits
        if _nd(c2) > digits:
            c2 //= 10
            e2 += 1
        return c2, e2
    if pad and nd < digits:
        return c * _p10(digits - nd), e - (digits - nd)
    return c, e


def _round_at(c, e, exp, neg, rounding):
    if e >= exp:
        return c * _p10(e - exp), exp
    c2, _ = _shift_round(c, exp - e, neg, rounding)
    return c2, exp


def _plain(c, e):
    digits = _istr(c)
    if e >= 0:
        return digits + '0' * e
    point = len(digits) + e
    if point > 0:
        return digits[:point] + '.' + digits[point:]
    return '0.' + '0' * -point + digits


def _sci(c, e, capital, force):
    """to-sci-string of (c, e) without sign; always exponential if force."""
    digits = _istr(c)
    nd = len(digits)
    adj = e + nd - 1
    if not force and e <= 0 and adj >= -6:
        return _plain(c, e)
    if nd > 1:
        digits = digits[0] + '.' + digits[1:]
    return '%s%s%+d' % (digits, 'E' if capital else 'e', adj)


def _group(digits):
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ','.join(reversed(out))


def _pad(neg, sign, intpart, rest, fill, align, width, comma, zeropad):
    s = '-' if neg else ('' if sign == '-' else sign)
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if zeropad and width is not None:
        need = width - len(s) - len(rest)
        grouped = _group(intpart) if comma else intpart
        while len(grouped) < need:
            intpart = '0' + intpart
            grouped = _group(intpart) if comma else intpart
        if grouped.startswith(','):
            intpart = '0' + intpart
            grouped = _group(intpart)
        return s + grouped + rest
    if comma and intpart:
        intpart = _group(intpart)
    body = intpart + rest
    if width is None or len(s) + len(body) >= width:
        return s + body
    room = width - len(s) - len(body)
    if align == '<':
        return s + body + fill * room
    if align == '>':
        return fill * room + s + body
    if align == '=':
        return s + fill * room + body
    left = room // 2
    return fill * left + s + body + fill * (room - left)


# ---------------------------------------------------------------- contexts

DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_numbers.Number.register(Decimal)
