"""Context variables (PEP 567), written in Python for Kaa.

A Context is an immutable-by-copy mapping from ContextVar to value; each
thread has a current Context.  ContextVar.set() replaces the current
context's mapping with a new dict, so copies taken earlier do not change.
Context.run, copy_context and the current context are native when
_contextvars is there (below); the Python versions stay as the reference.
"""

from types import GenericAlias as _GenericAlias
import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()
_by_thread = {}


_get_ident = _thread.get_ident


def _current():
    """The calling thread's current Context (created on first use)."""
    ident = _get_ident()
    ctx = _by_thread.get(ident)
    if ctx is None:
        ctx = Context()
        _by_thread[ident] = ctx
    return ctx


def _set_current(ctx):
    _by_thread[_get_ident()] = ctx


class Context:
    __module__ = '_contextvars'
    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        ident = _get_ident()
        prev = _by_thread.get(ident)
        if prev is None:
            prev = Context()
        self._entered = True
        _by_thread[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _by_thread[ident] = prev
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {id(self):#x}>'


def copy_context():
    return _current().copy()


# The native core (`stdlib/src/contextvars.rs`): `Context` with a native
# `run` and `copy`, the thread's current context and `copy_context`. The
# Python class above stays the reference; its mapping methods, which are not
# hot, become the native type's.
try:
    import _contextvars
except ImportError:
    pass
else:
    for _name in ('__getitem__', '__contains__', '__len__', '__iter__',
                  'get', 'keys', 'values', 'items', '__eq__', '__hash__',
                  '__repr__'):
        _contextvars._install(_name, Context.__dict__[_name])
    del _name
    _PyContext = Context
    Context = _contextvars.Context
    _current = _contextvars._current
    copy_context = _contextvars.copy_context


class ContextVar:
    __module__ = '_contextvars'
    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError(
            "type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(
                f'get expected at most 1 argument, got {len(args)}')
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(
                f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(
                f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(
                f'{token!r} was created in a different Context')
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new
        token._used = True

    __class_getitem__ = classmethod(_GenericAlias)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


class _MissingType:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __module__ = '_contextvars'
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MissingType()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'
