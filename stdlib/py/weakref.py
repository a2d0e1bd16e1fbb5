"""Weak references: weakref.ref, proxies, weak dictionaries and sets, finalize.

Kaa's own implementation on top of the native `_weakref` module (the registry of
weak references lives in the interpreter's heap; see docs/internals/weakref.md).
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _unwrap(o):
    """The referent of a proxy (ReferenceError if it is dead); anything else as is."""
    if isinstance(o, ProxyType):
        r = object.__getattribute__(o, "_ref")()
        if r is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return r
    return o


class ProxyType:
    """A proxy that forwards to its referent while the referent is alive.

    As CPython's proxies do, it forwards every attribute (even `__class__`)
    and every operator, with both operands unwrapped, so that error messages
    name the referent's type; it is not hashable. CPython's proxy is a
    weakref object itself; here it holds one."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj, _no_callback)
        else:
            me = ref(self)

            def cb(_, me=me, callback=callback):
                p = me()
                if p is not None:
                    callback(p)

            r = ref(obj, cb)
        object.__setattr__(self, "_ref", r)

    def __getattribute__(self, name):
        return getattr(_unwrap(self), name)

    def __setattr__(self, name, value):
        setattr(_unwrap(self), name, value)

    def __delattr__(self, name):
        delattr(_unwrap(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_unwrap(self))

    def __bytes__(self):
        return bytes(_unwrap(self))

    def __bool__(self):
        return bool(_unwrap(self))

    def __len__(self):
        return len(_unwrap(self))

    def __iter__(self):
        return iter(_unwrap(self))

    def __next__(self):
        o = _unwrap(self)
        if not hasattr(type(o), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object" % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return reversed(_unwrap(self))

    def __getitem__(self, key):
        return _unwrap(self)[key]

    def __setitem__(self, key, value):
        _unwrap(self)[key] = value

    def __delitem__(self, key):
        del _unwrap(self)[key]

    def __contains__(self, item):
        return item in _unwrap(self)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return _unwrap(self) == _unwrap(other)

    def __ne__(self, other):
        return _unwrap(self) != _unwrap(other)

    def __lt__(self, other):
        return _unwrap(self) < _unwrap(other)

    def __le__(self, other):
        return _unwrap(self) <= _unwrap(other)

    def __gt__(self, other):
        return _unwrap(self) > _unwrap(other)

    def __ge__(self, other):
        return _unwrap(self) >= _unwrap(other)

    def __neg__(self):
        return -_unwrap(self)

    def __pos__(self):
        return +_unwrap(self)

    def __abs__(self):
        return abs(_unwrap(self))

    def __invert__(self):
        return ~_unwrap(self)

    def __int__(self):
        return int(_unwrap(self))

    def __float__(self):
        return float(_unwrap(self))

    def __index__(self):
        o = _unwrap(self)
        return type(o).__index__(o)

    def __add__(self, other):
        return _unwrap(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _unwrap(self)

    def __iadd__(self, other):
        o = _unwrap(self)
        o += _unwrap(other)
        return o

    def __sub__(self, other):
        return _unwrap(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _unwrap(self)

    def __isub__(self, other):
        o = _unwrap(self)
        o -= _unwrap(other)
        return o

    def __mul__(self, other):
        return _unwrap(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _unwrap(self)

    def __imul__(self, other):
        o = _unwrap(self)
        o *= _unwrap(other)
        return o

    def __matmul__(self, other):
        return _unwrap(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _unwrap(self)

    def __imatmul__(self, other):
        o = _unwrap(self)
        o @= _unwrap(other)
        return o

    def __truediv__(self, other):
        return _unwrap(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _unwrap(self)

    def __itruediv__(self, other):
        o = _unwrap(self)
        o /= _unwrap(other)
        return o

    def __floordiv__(self, other):
        return _unwrap(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _unwrap(self)

    def __ifloordiv__(self, other):
        o = _unwrap(self)
        o //= _unwrap(other)
        return o

    def __mod__(self, other):
        return _unwrap(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _unwrap(self)

    def __imod__(self, other):
        o = _unwrap(self)
        o %= _unwrap(other)
        return o

    def __divmod__(self, other):
        return divmod(_unwrap(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _unwrap(self))

    def __pow__(self, other, mod=None):
        if mod is None:
            return pow(_unwrap(self), _unwrap(other))
        return pow(_unwrap(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other):
        return pow(_unwrap(other), _unwrap(self))

    def __ipow__(self, other):
        o = _unwrap(self)
        o **= _unwrap(other)
        return o

    def __lshift__(self, other):
        return _unwrap(self) << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << _unwrap(self)

    def __ilshift__(self, other):
        o = _unwrap(self)
        o <<= _unwrap(other)
        return o

    def __rshift__(self, other):
        return _unwrap(self) >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> _unwrap(self)

    def __irshift__(self, other):
        o = _unwrap(self)
        o >>= _unwrap(other)
        return o

    def __and__(self, other):
        return _unwrap(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _unwrap(self)

    def __iand__(self, other):
        o = _unwrap(self)
        o &= _unwrap(other)
        return o

    def __or__(self, other):
        return _unwrap(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _unwrap(self)

    def __ior__(self, other):
        o = _unwrap(self)
        o |= _unwrap(other)
        return o

    def __xor__(self, other):
        return _unwrap(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _unwrap(self)

    def __ixor__(self, other):
        o = _unwrap(self)
        o ^= _unwrap(other)
        return o


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _unwrap(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def _no_callback(_):
    pass


# The proxy without a callback of each live object, shared as CPython shares
# them: id(referent) -> weak reference to the proxy.
_plain_proxies = {}


def _forget_proxy(key, wr):
    if _plain_proxies.get(key) is wr:
        del _plain_proxies[key]


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive."""
    if callback is None:
        key = id(obj)
        wr = _plain_proxies.get(key)
        p = wr() if wr is not None else None
        if p is not None and object.__getattribute__(p, "_ref")() is obj:
            return p
    p = CallableProxyType(obj, callback) if callable(obj) else ProxyType(obj, callback)
    if callback is None:
        wr = ref(p, lambda w, key=key: _forget_proxy(key, w))
        _plain_proxies[key] = wr
    return p


class WeakMethod(ref):
    """A weak reference to a bound method, alive while its object and function are."""
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = ref.__hash__


class _IterationGuard:
    """While a weak container is being iterated, the callbacks of its dying
    weak references only note what to remove (the removal happens later), so
    that the underlying dict or set does not change size under the iteration."""

    __slots__ = ("_ref",)

    def __init__(self, container):
        self._ref = ref(container)

    def __enter__(self):
        c = self._ref()
        if c is not None:
            c._iterating.add(self)
        return self

    def __exit__(self, *exc):
        c = self._ref()
        if c is not None:
            c._iterating.discard(self)
            if not c._iterating:
                c._commit_removals()


def _is_mapping(o):
    return isinstance(o, (dict, WeakValueDictionary, WeakKeyDictionary))


class KeyedRef(ref):
    """A weak reference that remembers the key its value is stored under (the
    references a WeakValueDictionary holds)."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self_ref = ref(self)

        def remove(wr):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                elif self.data.get(wr.key) is wr:
                    del self.data[wr.key]

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        d = self.data
        while self._pending_removals:
            key = self._pending_removals.pop()
            wr = d.get(key)
            if wr is not None and wr() is None:
                del d[key]

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                o = wr()
                if o is not None:
                    yield k, o

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry disappears when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self_ref = ref(self)

        def remove(k):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        d = self.data
        while self._pending_removals:
            k = self._pending_removals.pop()
            try:
                del d[k]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                o = wr()
                if o is not None:
                    yield o

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, v in self.data.items():
                if wr() is not None:
                    yield v

    def items(self):
        with _IterationGuard(self):
            for wr, v in self.data.items():
                o = wr()
                if o is not None:
                    yield o, v

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()
        self._pending_removals = []

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, v in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = v
        return new

    __copy__ = copy

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        self_ref = ref(self)

        def remove(item):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        while self._pending_removals:
            self.data.discard(self._pending_removals.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                o = wr()
                if o is not None:
                    yield o

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        # As CPython: the repr of the underlying set of weak references.
        return repr(self.data)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Call func(*args, **kwargs) when obj is freed, or at exit (if atexit is true).

    The finalizer is alive until it has been called (or detached). At exit the
    live finalizers whose atexit attribute is true run, newest first; after
    that, no finalizer runs any more (as in CPython, where objects freed during
    the interpreter's teardown do not call theirs)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._counter[0]
        finalize._counter[0] += 1
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Call the finalizer if it is alive; return its result."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister; return (obj, func, args, kwargs) if it was alive."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, without unregistering."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _select_for_exit():
        # Live finalizers marked for exit, oldest first.
        live = [(info.index, f) for f, info in finalize._registry.items() if info.atexit]
        live.sort(key=lambda item: item[0])
        return [f for _, f in live]

    @staticmethod
    def _exitfunc():
        # Newest first; a finalizer made by another one is picked up too.
        reenable_gc = False
        try:
            if finalize._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = finalize._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
