"""Abstract Base Classes (ABCs), PEP 3119.

``ABCMeta`` computes ``__abstractmethods__`` when a class is made; the VM's
``object.__new__`` refuses to instantiate a class whose ``__abstractmethods__``
is not empty. ``register`` adds virtual subclasses; ``isinstance`` and
``issubclass`` consult ``__subclasshook__``, the MRO, the registry and the
subclasses, and remember their answers until the next ``register`` anywhere
(the *cache token*). CPython does this part in C (``_abc``); here it is Python.
"""

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


def _is_abstract(value):
    """``getattr(value, '__isabstractmethod__', False)``, also for Kaa's
    property, classmethod and staticmethod, which lack that attribute: they are
    abstract when a function they wrap is."""
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        pass
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, '__isabstractmethod__', False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, '__isabstractmethod__', False))
    return False


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

    def discard(self, cls):
        r = self._refs.get(id(cls))
        if r is not None and r() is cls:
            del self._refs[id(cls)]

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


class ABCMeta(type):
    """Metaclass for Abstract Base Classes. Classes made with it can be
    subclassed directly, or get *virtual* subclasses with ``register()``:
    these count for ``isinstance``/``issubclass`` without the ABC appearing
    in their MRO."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = _WeakClassSet()
        cls._abc_cache = _WeakClassSet()
        cls._abc_negative_cache = _WeakClassSet()
        cls._abc_negative_cache_version = _invalidation_counter
        # Kaa has no type.__subclasses__(): each ABC remembers its direct
        # subclasses (which all have ABCMeta as metaclass too).
        cls._abc_subclasses = _WeakClassSet()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.add(cls)
        return cls

    def register(cls, subclass):
        """Register ``subclass`` as a virtual subclass of this ABC; returns it,
        so that ``register`` also works as a class decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        subclass = instance.__class__
        # The two cache probes are _WeakClassSet.__contains__, inlined.
        key = id(subclass)
        r = cls._abc_cache._refs.get(key)
        if r is not None and r() is subclass:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if cls._abc_negative_cache_version == _invalidation_counter:
                r = cls._abc_negative_cache._refs.get(key)
                if r is not None and r() is subclass:
                    return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = _WeakClassSet()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError(
                    '__subclasshook__ must return either False, True, or NotImplemented')
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        # A registered class itself is answered without being cached.
        if subclass in cls._abc_registry:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
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
    def refs(s):
        return {_ref(c) for c in s}
    return (refs(cls._abc_registry), refs(cls._abc_cache),
            refs(cls._abc_negative_cache), cls._abc_negative_cache_version)


def _reset_registry(cls):
    """Forget ``cls``'s virtual subclasses."""
    cls._abc_registry.clear()


def _reset_caches(cls):
    """Forget ``cls``'s cached isinstance/issubclass answers."""
    cls._abc_cache.clear()
    cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after methods were added to or
    implemented on ``cls`` since it was made. Returns ``cls`` (usable as a
    class decorator); does nothing to a class that is not an ABC."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A class to inherit from to make an ABC (its metaclass is ABCMeta)."""

    __slots__ = ()
