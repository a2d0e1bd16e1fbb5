"""Higher-order functions and operations on callable objects, as CPython
3.11's `functools`.

The hot parts come from the Rust accelerator `_functools`
(`stdlib/src/functools.rs`): `partial`, `reduce`, `cmp_to_key` and the core
of `lru_cache` (`_lru_cache_wrapper`: the cache, its statistics, `__get__`).
The rest is plain Python here: `update_wrapper`/`wraps`, `total_ordering`,
the `lru_cache`/`cache` decorators, `cached_property`, `partialmethod`,
`singledispatch` and `singledispatchmethod`.

`singledispatch` dispatches along the argument type's MRO, with abstract base
classes (`collections.abc`) placed into it as CPython places them; the `abc`
module is imported only when an abstract class is registered.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

import sys as _sys
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
from _thread import RLock

# `types.GenericAlias`, for `cached_property[int]` and the like.
GenericAlias = type(list[int])


################################################################################
### update_wrapper() and wraps()
################################################################################

# The attributes copied from the wrapped function, and those whose dicts are
# merged into the wrapper's.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the attributes named in
    `assigned` (those `wrapped` has), update the dicts named in `updated`
    with `wrapped`'s, and set `wrapper.__wrapped__ = wrapped`. Returns
    `wrapper`."""
    for name in assigned:
        # An attribute the wrapped object lacks is simply not copied.
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a `__wrapped__` copied along with `__dict__` (the
    # wrapped function was itself a wrapper) is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper() to the function it
    decorates, with `wrapped`, `assigned` and `updated` as given here:
    `partial(update_wrapper, wrapped=..., assigned=..., updated=...)`."""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

# Each missing comparison is computed from the root the class defines; the
# root's NotImplemented is passed on unchanged.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r

# For each root, the functions that give the other three.
_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The comparisons the class (or a base other than object) defines.
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The root, by preference: __lt__, then __le__, __gt__, __ge__.
    root = defined[0]
    for name, func in _DERIVED[root]:
        if name not in defined:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


################################################################################
### cmp_to_key() and reduce() come from _functools
################################################################################


################################################################################
### LRU Cache function decorator
################################################################################

class CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'

    # A named tuple of four fields, as collections.namedtuple would make it.
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')
    _field_defaults = {}
    __match_args__ = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(_cls, hits, misses, maxsize, currsize):
        'Create new instance of CacheInfo(hits, misses, maxsize, currsize)'
        return tuple.__new__(_cls, (hits, misses, maxsize, currsize))

    @classmethod
    def _make(cls, iterable):
        'Make a new CacheInfo object from a sequence or iterable'
        result = tuple.__new__(cls, iterable)
        if len(result) != 4:
            raise TypeError(f'Expected 4 arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        'Return a new CacheInfo object replacing specified fields with new values'
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(self._fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        return ('CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)'
                % tuple(self))

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

_CacheInfo = CacheInfo
del CacheInfo


def _cached(user_function, maxsize, typed):
    # The wrapper, with cache_parameters() and the wrapped function's metadata.
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember the results of the last `maxsize` distinct calls
    (least recently used ones go first; all of them if `maxsize` is None,
    none if it is 0). With `typed`, arguments of different types (3 and 3.0)
    are cached apart. Arguments must be hashable.

    The wrapper has cache_info() (a CacheInfo(hits, misses, maxsize,
    currsize) named tuple), cache_clear(), cache_parameters() and
    __wrapped__. Usable bare, as @lru_cache."""
    if isinstance(maxsize, int):
        # A negative size caches nothing, as 0 does.
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: the "size" is the function itself.
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)

    return decorating_function


################################################################################
### cache -- simplified access to the infinity cache
################################################################################

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### partialmethod
################################################################################

class partialmethod(object):
    """A descriptor that works as partial() for methods: the stored
    arguments follow self (or whatever the wrapped descriptor binds)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod over the innermost function.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({self.func!r}, {args}, {keywords})"

    def _make_unbound_method(self):
        # A plain function taking self (or cls) first, for a func that is
        # not a descriptor itself.
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args,
                             **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The func bound itself (a method, a classmethod...): apply
                # the stored arguments to what it became.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# Helper functions

def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

def _c3_merge(sequences):
    # C3: repeatedly take the first head that is in no sequence's tail.
    sequences = [list(s) for s in sequences]
    result = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        # The first head that is in no other sequence's tail.
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] is head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    # The C3 linearization of cls, with the ABCs of `abcs` inserted where
    # cls's hierarchy introduces them: into the MRO of the class that is a
    # subclass of the ABC while none of its bases is, after that class's
    # explicit ABC bases. Without `abcs`, the ordinary MRO.
    bases = list(cls.__bases__)
    # The bases up to and including the last one that is an ABC come first,
    # then the ABCs this class introduces, then the remaining bases.
    split = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            split = i + 1
            break
    abcs = list(abcs) if abcs else []
    leading, trailing = bases[:split], bases[split:]
    introduced = [abc for abc in abcs
                  if issubclass(cls, abc)
                  and not any(issubclass(b, abc) for b in bases)]
    abcs = [abc for abc in abcs if abc not in introduced]
    return _c3_merge(
        [[cls]]
        + [_c3_mro(b, abcs=abcs) for b in leading]
        + [_c3_mro(b, abcs=abcs) for b in introduced]
        + [_c3_mro(b, abcs=abcs) for b in trailing]
        + [leading] + [introduced] + [trailing])


def _compose_mro(cls, types):
    # cls's MRO extended with the classes of `types` it is a subclass of
    # only implicitly (registered or structural ABCs), and their bases.
    explicit = set(cls.__mro__)
    # The classes cls is a subclass of without them being in its __mro__
    # (ABCs it is registered with or implements)...
    implicit = [t for t in types
                if t not in explicit and hasattr(t, '__mro__')
                and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # ... except those that are bases of others: they come with them.
    implicit = [t for t in implicit
                if not any(t is not o and t in o.__mro__ for o in implicit)]
    # Order them as the ABCs between them and cls order them: an ABC that
    # cls implements and that derives from several of them lists them in
    # its own MRO order.
    wanted = set(implicit)
    ordered = []
    for t in implicit:
        chains = []
        if len(implicit) > 1:
            for sub in t.__subclasses__():
                if sub not in explicit and issubclass(cls, sub):
                    chains.append([s for s in sub.__mro__ if s in wanted])
        if not chains:
            ordered.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for s in chain:
                if s not in ordered:
                    ordered.append(s)
    return _c3_mro(cls, abcs=ordered)


def _find_impl(cls, registry):
    # The implementation registered for the first class of cls's extended
    # MRO that has one (None if none has).
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # Two implicit ABCs, neither deriving from the other, match
            # equally well: refuse to guess.
            if (t in registry and t not in cls.__mro__
                    and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


_UnionType = type(int | str)


def _union_members(cls):
    # The members of a union (`int | str`, `typing.Union[int, str]`), or None.
    if isinstance(cls, _UnionType):
        return cls.__args__
    typing = _sys.modules.get('typing')
    union = getattr(typing, 'Union', None) if typing is not None else None
    if union is not None and getattr(cls, '__origin__', None) is union:
        return cls.__args__
    return None


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(m, type) for m in members)


def _annotations(func):
    # func's annotations; for a classmethod or staticmethod object without
    # its own, those of the function it wraps.
    ann = getattr(func, '__annotations__', None)
    if not ann and hasattr(func, '__func__'):
        ann = getattr(func.__func__, '__annotations__', None)
    return ann or {}


def _first_annotation(func):
    # The first (name, type) of func's annotations, strings evaluated in the
    # function's globals and None standing for NoneType (as
    # typing.get_type_hints gives them).
    inner = func
    while hasattr(inner, '__wrapped__') or hasattr(inner, '__func__'):
        inner = getattr(inner, '__wrapped__', None) or inner.__func__
    for name, value in _annotations(func).items():
        if isinstance(value, str):
            value = eval(value, getattr(inner, '__globals__', {}))
        if value is None:
            value = type(None)
        return name, value
    raise StopIteration


def _read_only(mapping):
    # types is imported by the first singledispatch, not with functools.
    from types import MappingProxyType
    return MappingProxyType(mapping)


def _cache_token():
    from abc import get_cache_token
    return get_cache_token()


def singledispatch(func):
    """Decorator: make `func` a generic function that calls the
    implementation registered for the type of its first argument (found
    along that type's MRO, ABCs included), `func` itself by default.
    Register implementations with @f.register(cls), or @f.register on a
    function whose first parameter is annotated."""
    registry = {}
    # The implementation found for each class; emptied by register() and
    # whenever an ABC registration changed what issubclass() says. (A plain
    # dict: Kaa's WeakKeyDictionary callbacks misbehave at exit.)
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation f would call for an argument of type cls."""
        nonlocal cache_token
        if cache_token is not None:
            current = _cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls (a class or a union of classes); used as
        @register(cls) or, on an annotated function, @register."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            if not _annotations(cls):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        members = _union_members(cls)
        if members is not None:
            for member in members:
                registry[member] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = _cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _read_only(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


# Descriptor version
class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first
    argument after self (or cls); wraps plain functions and descriptors."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")

        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method for cls, as singledispatch's register()."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            # Dispatch on the first argument after self (or cls).
            method = dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # not all objects have __dict__ (e.g. class defines slots)
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                # Another thread may have filled it while we waited.
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        msg = (
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {self.attrname!r} property."
                        )
                        raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
