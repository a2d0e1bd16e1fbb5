"""Shallow and deep copy operations.

``copy(x)`` and ``deepcopy(x[, memo])``. A class controls its copies with
``__copy__()`` and ``__deepcopy__(memo)``, or through the pickle protocol:
``__reduce_ex__(4)`` / ``__reduce__()``, ``__getnewargs__``,
``__getstate__`` / ``__setstate__``. ``deepcopy`` keeps a memo of what it
already copied (by id), so shared references and cycles come out the same.

Kaa's ``object`` has no ``__reduce_ex__`` yet: for an object whose class
does not define one, ``_reduce_newobj`` builds what ``object.__reduce_ex__(4)``
would return (``cls.__new__(cls, *args)``, then the ``__dict__`` and
``__slots__`` state, then the items of list and dict subclasses).
"""

import builtins as _builtins
import types
from _weakref import ref as _weakref_type


class Error(Exception):
    pass


error = Error

try:
    from copyreg import dispatch_table
except ImportError:
    dispatch_table = {}

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """A shallow copy of ``x``: a new container holding the same items."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    """What the pickle protocol says about ``x``: a string (copy it as is) or
    a tuple ``(func, args, state, listitems, dictitems)``, shorter allowed."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    return _reduce_newobj(x, cls)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
          types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          types.FunctionType, _weakref_type, types.CodeType):
    d[t] = _copy_immutable
if hasattr(_builtins, 'complex'):
    d[_builtins.complex] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of ``x``: its contents copied recursively. ``memo`` maps
    the id of each object already copied to its copy."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
          bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
          types.FunctionType, _weakref_type, property):
    d[t] = _deepcopy_atomic
if hasattr(_builtins, 'complex'):
    d[_builtins.complex] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside a cycle: copying its items copied the tuple itself.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[types.MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keep ``x`` alive in the memo: ids are only unique among live objects,
    so an original that died could pass its id on to another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ----- what object.__reduce_ex__(4) would say -----

def _slotnames(cls):
    """The names of the ``__slots__`` along ``cls``'s MRO, private names
    mangled, ``__dict__`` and ``__weakref__`` left out (cached on the class
    as ``__slotnames__``, as copyreg does)."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        if '__slots__' not in c.__dict__:
            continue
        slots = c.__dict__['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _default_state(x, cls):
    """``object.__getstate__()``: the instance ``__dict__`` (None if empty),
    paired with a dict of the slots that are set, if any."""
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _cannot_pickle(cls):
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def _newobj(cls, *args):
    new = cls.__new__
    if isinstance(new, _FunctionType):
        return new(cls, *args)
    # A built-in __new__ that refuses: the object has state that only the
    # interpreter knows (a generator, a module, a lock, ...).
    try:
        return new(cls, *args)
    except TypeError:
        raise _cannot_pickle(cls) from None


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce_newobj(x, cls):
    if isinstance(x, BaseException):
        # BaseException.__reduce__
        if getattr(x, '__dict__', None):
            return (cls, x.args, x.__dict__)
        return (cls, x.args)
    if cls is _MethodType:
        # method.__reduce__
        return (getattr, (x.__self__, x.__func__.__name__))
    if isinstance(x, (set, frozenset)):
        # set.__reduce__ / frozenset.__reduce__
        return (cls, (list(x),), getattr(x, '__dict__', None) or None)
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple, not %s'
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of length 2, not %d'
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be a tuple, not %s'
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be a dict, not %s'
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError('__getnewargs__ should return a tuple, not %s'
                                % type(args).__name__)
        else:
            args = None
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + (args or ()), state, listitems, dictitems)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


_FunctionType = types.FunctionType
_MethodType = types.MethodType
del _builtins, types
