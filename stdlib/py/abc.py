"""Abstract Base Classes (ABCs), PEP 3119.

``ABCMeta`` computes ``__abstractmethods__`` when a class is made; the VM's
``object.__new__`` refuses to instantiate a class whose ``__abstractmethods__``
is not empty. ``register`` adds virtual subclasses; ``isinstance`` and
``issubclass`` consult ``__subclasshook__``, the MRO, the registry and the
subclasses, and remember their answers until the next ``register`` anywhere
(the *cache token*). CPython does this part in C (``_abc``); here it is Python.
"""

from _thread import allocate_lock as _allocate_lock
from _abc import _set_collection_flag, _register_collection_flag
from _weakref import ref as _ref


def abstractmethod(funcobj):
    """Mark a method abstract: a class with one cannot be instantiated until a
    subclass overrides it. Needs ABCMeta (or a subclass) as the metaclass."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use ``classmethod`` over ``abstractmethod``."""

    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return super().__new__(cls, callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use ``staticmethod`` over ``abstractmethod``."""

    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return super().__new__(cls, callable)


class abstractproperty(property):
    """Deprecated: use ``property`` over ``abstractmethod``."""

    __isabstractmethod__ = True


def _abstract_names(cls):
    """The names of ``cls``'s abstract methods: those abstract in its own
    ``__dict__`` and those its bases declare abstract that are still abstract
    on ``cls``."""
    namespace = cls.__dict__
    abstracts = set()
    for name in namespace:
        if getattr(namespace[name], '__isabstractmethod__', False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class _WeakClassSet:
    """A set of classes held by weak references, keyed by id(). A class that
    dies leaves a dead entry, which never matches (a new class with the same
    id replaces it) and is swept when the table has doubled since the last
    sweep: no callbacks, so nothing runs while the interpreter is torn down."""

    __slots__ = ('_refs', '_limit')

    def __init__(self):
        self._refs = {}
        self._limit = 16

    def add(self, cls):
        refs = self._refs
        key = id(cls)
        r = refs.get(key)
        if r is not None and r() is cls:
            return
        refs[key] = _ref(cls)
        if len(refs) > self._limit:
            for k, r in list(refs.items()):
                if r() is None:
                    del refs[k]
            self._limit = max(16, 2 * len(refs))

    def clear(self):
        self._refs.clear()

    def __contains__(self, cls):
        r = self._refs.get(id(cls))
        return r is not None and r() is cls

    def __iter__(self):
        for r in list(self._refs.values()):
            c = r()
            if c is not None:
                yield c

    def __len__(self):
        return sum(1 for r in list(self._refs.values()) if r() is not None)

    def __repr__(self):
        return '<_WeakClassSet of %d classes>' % len(self)


# Bumped by every register() on any ABC: caches older than it are stale.
_invalidation_counter = 0


def get_cache_token():
    """The current version of the ABC caches: an object that compares equal
    until the next ``register()`` call on any ABC."""
    return _invalidation_counter


class _abc_data:
    """One ABC's virtual subclasses and its cached isinstance/issubclass
    answers (``cls._abc_impl``, as in CPython)."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = _WeakClassSet()
        self.cache = _WeakClassSet()
        self.negative_cache = _WeakClassSet()
        self.negative_cache_version = _invalidation_counter


_first_use_lock = _allocate_lock()


def _abc_data_of(cls):
    """``cls._abc_impl``, made on first use: most ABCs never meet
    ``register()``, ``isinstance()`` or ``issubclass()``."""
    impl = cls._abc_impl
    if impl is None:
        with _first_use_lock:  # two threads may meet the first use together
            impl = cls._abc_impl
            if impl is None:
                impl = cls._abc_impl = _abc_data()
    return impl


def _register_new(cls, subclass):
    """Add ``subclass`` to ``cls``'s virtual subclasses, knowing it is not a
    subclass yet (for built-in types registered at import time, without the
    ``issubclass()`` checks of ``register``)."""
    global _invalidation_counter
    _abc_data_of(cls).registry.add(subclass)
    _invalidation_counter += 1
    # A class registered with Sequence or Mapping matches sequence or mapping
    # patterns (CPython's Py_TPFLAGS_SEQUENCE/MAPPING).
    _register_collection_flag(cls, subclass)


class ABCMeta(type):
    """Metaclass for Abstract Base Classes. Classes made with it can be
    subclassed directly, or get *virtual* subclasses with ``register()``:
    these count for ``isinstance``/``issubclass`` without the ABC appearing
    in their MRO."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = None
        flags = namespace.get('__abc_tpflags__')
        if flags is not None:
            if isinstance(flags, int):
                _set_collection_flag(cls, flags)
            del cls.__abc_tpflags__
        return cls

    def register(cls, subclass):
        """Register ``subclass`` as a virtual subclass of this ABC; returns it,
        so that ``register`` also works as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _register_new(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        subclass = instance.__class__
        impl = cls._abc_impl or _abc_data_of(cls)
        # The two cache probes are _WeakClassSet.__contains__, inlined.
        key = id(subclass)
        r = impl.cache._refs.get(key)
        if r is not None and r() is subclass:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _invalidation_counter:
                r = impl.negative_cache._refs.get(key)
                if r is not None and r() is subclass:
                    return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl or _abc_data_of(cls)
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = _WeakClassSet()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError(
                    '__subclasshook__ must return either False, True, or NotImplemented')
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        # A registered class itself is answered without being cached.
        if subclass in impl.registry:
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        registry, cache, negative, version = _get_dump(cls)
        print(f'_abc_registry: {registry!r}', file=file)
        print(f'_abc_cache: {cache!r}', file=file)
        print(f'_abc_negative_cache: {negative!r}', file=file)
        print(f'_abc_negative_cache_version: {version!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the virtual subclasses (for tests)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forget the cached isinstance/issubclass answers (for tests)."""
        _reset_caches(cls)


def _get_dump(cls):
    """Debug helper (as CPython's ``_abc._get_dump``): the registry, cache
    and negative cache as sets of weak references, and the negative cache's
    version."""
    impl = _abc_data_of(cls)
    return ({_ref(c) for c in impl.registry}, {_ref(c) for c in impl.cache},
            {_ref(c) for c in impl.negative_cache}, impl.negative_cache_version)


def _reset_registry(cls):
    """Forget ``cls``'s virtual subclasses."""
    _abc_data_of(cls).registry.clear()


def _reset_caches(cls):
    """Forget ``cls``'s cached isinstance/issubclass answers."""
    impl = _abc_data_of(cls)
    impl.cache.clear()
    impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after methods were added to or
    implemented on ``cls`` since it was made. Returns ``cls`` (usable as a
    class decorator); does nothing to a class that is not an ABC."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A class to inherit from to make an ABC (its metaclass is ABCMeta)."""

    __slots__ = ()
