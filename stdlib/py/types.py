"""Names for the interpreter's built-in types, and helpers for making classes.

Each type is taken from a live object of that kind (``type(len)``, ...).
Kaa's built-in methods
and slot wrappers are all ``builtin_function_or_method``, so the descriptor
names below (``WrapperDescriptorType`` and friends) name that one type.
Kaa's ``type.__dict__`` is a plain dict snapshot, so ``MappingProxyType`` is
written here in Python (a read-only view of a mapping), as is
``SimpleNamespace``.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    __slots__ = ('_m',)

    def _f(self):
        pass


MethodType = type(_C()._f)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _tb = _e.__traceback__
    if getattr(_tb, 'tb_frame', None) is not None:
        FrameType = type(_tb.tb_frame)
    del _tb

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_C._m)

del sys, _f, _g, _C

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


# ----- MappingProxyType -----

MappingProxyType = type(type.__dict__)

if MappingProxyType is dict:
    class mappingproxy:
        """A read-only view of a mapping: reads go to the mapping, writes
        are refused."""

        __slots__ = ('__mapping',)

        def __new__(cls, mapping):
            if (isinstance(mapping, (list, tuple))
                    or not hasattr(type(mapping), '__getitem__')):
                raise TypeError('mappingproxy() argument must be a mapping, not %s'
                                % type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, '_mappingproxy__mapping', mapping)
            return self

        def __getitem__(self, key):
            return self.__mapping[key]

        def __contains__(self, key):
            return key in self.__mapping

        def __iter__(self):
            return iter(self.__mapping)

        def __len__(self):
            return len(self.__mapping)

        def __delitem__(self, key):
            # CPython's wording differs for integer keys (its sequence path).
            how = "doesn't" if hasattr(type(key), '__index__') else 'does not'
            raise TypeError(f"'mappingproxy' object {how} support item deletion")

        def __reversed__(self):
            return reversed(self.__mapping)

        def get(self, key, default=None):
            """The value for ``key`` if it is present, else ``default``."""
            return self.__mapping.get(key, default)

        def keys(self):
            """The keys of the underlying mapping."""
            return self.__mapping.keys()

        def values(self):
            """The values of the underlying mapping."""
            return self.__mapping.values()

        def items(self):
            """The items of the underlying mapping."""
            return self.__mapping.items()

        def copy(self):
            """A shallow copy of the underlying mapping."""
            return self.__mapping.copy()

        def __repr__(self):
            return 'mappingproxy(%r)' % (self.__mapping,)

        def __str__(self):
            return str(self.__mapping)

        def __eq__(self, other):
            return self.__mapping == other

        def __ne__(self, other):
            return self.__mapping != other

        def __lt__(self, other):
            return self.__mapping < other

        def __le__(self, other):
            return self.__mapping <= other

        def __gt__(self, other):
            return self.__mapping > other

        def __ge__(self, other):
            return self.__mapping >= other

        __hash__ = None

        def __or__(self, other):
            if isinstance(other, MappingProxyType):
                other = other.__mapping
            return self.__mapping | other

        def __ror__(self, other):
            if isinstance(other, MappingProxyType):
                other = other.__mapping
            return other | self.__mapping

        def __ior__(self, other):
            raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

        def __delattr__(self, name):
            raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

        __class_getitem__ = classmethod(GenericAlias)

    mappingproxy.__module__ = 'builtins'
    MappingProxyType = mappingproxy
    del mappingproxy


# ----- SimpleNamespace -----

class SimpleNamespace:
    """A simple attribute-based namespace: ``SimpleNamespace(**kwargs)``."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ', '.join('%s=%r' % kv for kv in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # CPython names the class 'types.SimpleNamespace' in this message.
        cls = type(self)
        shown = 'types.SimpleNamespace' if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"'{shown}' object has no attribute '{name}'")

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = set()


# ----- making classes -----

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a ``class`` statement would: resolve the bases,
    find the metaclass and namespace, fill it with ``exec_body(ns)``."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that define ``__mro_entries__`` by what it returns
    (PEP 560); returns ``bases`` itself when nothing changed."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type) and not isinstance(base, GenericAlias):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """The first steps of making a class: returns ``(metaclass, namespace,
    kwds)``, the keywords left after removing ``metaclass``."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of ``meta`` and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                        'a (non-strict) subclass of the metaclasses of all its bases')
    return winner


class DynamicClassAttribute:
    """A property on instances that is looked up through the class's
    ``__getattr__`` when accessed on the class (as Enum's ``name`` and
    ``value``: an instance attribute and a class attribute of one name)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel):
        fdoc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, fset, fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)
del _c, _ag


class _AwaitableGenerator:
    """What ``types.coroutine`` makes of a plain generator returned by a
    function that is not a generator function: the generator, usable with
    ``await``."""

    def __init__(self, gen):
        self.__wrapped__ = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped__.send(value)

    def throw(self, *args):
        return self.__wrapped__.throw(*args)

    def close(self):
        return self.__wrapped__.close()

    def __next__(self):
        return next(self.__wrapped__)

    def __iter__(self):
        return self.__wrapped__

    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable as a coroutine (with ``await``).

    The code of a generator function gets the CO_ITERABLE_COROUTINE flag.
    Kaa cannot assign ``__code__``, so a new function with the flagged code
    (and the original's attributes) is returned rather than ``func`` itself.
    Other callables are wrapped so that a generator they return is awaitable.
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(func.__code__) is CodeType:
        flags = func.__code__.co_flags
        if flags & 0x180:  # already a coroutine or an iterable coroutine
            return func
        if flags & 0x20:  # a generator function
            code = func.__code__.replace(co_flags=flags | 0x100)
            new = FunctionType(code, func.__globals__, func.__name__,
                               func.__defaults__, func.__closure__)
            new.__kwdefaults__ = func.__kwdefaults__
            new.__qualname__ = func.__qualname__
            new.__doc__ = func.__doc__
            new.__module__ = func.__module__
            new.__annotations__ = func.__annotations__
            new.__dict__.update(func.__dict__)
            return new

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & 0x100:
                return result
            return _AwaitableGenerator(result)
        return result

    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
    'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
    'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
    'TracebackType', 'GetSetDescriptorType', 'MemberDescriptorType', 'new_class',
    'resolve_bases', 'prepare_class', 'DynamicClassAttribute', 'coroutine',
    'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType',
]
if 'FrameType' in globals():
    __all__.insert(__all__.index('TracebackType') + 1, 'FrameType')
