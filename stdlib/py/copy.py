"""Shallow and deep copy operations.

``copy(x)`` and ``deepcopy(x[, memo])``. A class controls its copies with
``__copy__()`` and ``__deepcopy__(memo)``, or through the pickle protocol:
``__reduce_ex__(4)`` / ``__reduce__()`` (``object``'s own, with ``copyreg``,
handle ``__getnewargs__``, ``__getstate__`` and ``__slots__``), and
``__setstate__``. ``deepcopy`` keeps a memo of what it already copied (by
id), so shared references and cycles come out the same.
"""

import builtins as _builtins
from copyreg import dispatch_table
from _weakref import ref as _weakref_type


class Error(Exception):
    pass


error = Error

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

    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, kind):
    """What the pickle protocol says about ``x``: a string (copy it as is) or
    a tuple ``(func, args, state, listitems, dictitems)``, shorter allowed."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(f"un({kind})copyable object of type {cls}")


def _copy_immutable(x):
    return x


# The types of functions, built-in functions, code objects and bound
# methods (as the types module names them, without importing it).
_FunctionType = type(_copy_immutable)
_BuiltinFunctionType = type(len)
_CodeType = type(_copy_immutable.__code__)
_MethodType = type(_copy_immutable.__get__(0))

_copy_dispatch = d = {}
for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
          _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          _FunctionType, _weakref_type, _CodeType):
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
            rv = _reduce(x, cls, 'deep')
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
          bytes, str, _CodeType, type, range, _BuiltinFunctionType,
          _FunctionType, _weakref_type, property):
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


d[_MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keep ``x`` alive in the memo: ids are only unique among live objects,
    so an original that died could pass its id on to another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


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


del _builtins
