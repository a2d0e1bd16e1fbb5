"""Abstract Base Classes (ABCs), PEP 3119.

``ABCMeta`` computes ``__abstractmethods__`` when a class is made; the VM's
``object.__new__`` refuses to instantiate a class whose ``__abstractmethods__``
is not empty. ``register`` adds virtual subclasses; ``isinstance`` and
``issubclass`` consult ``__subclasshook__``, the MRO, the registry and the
subclasses, and remember their answers until the next ``register`` anywhere
(the *cache token*). As in CPython, that part is the ``_abc`` accelerator.
"""

from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


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


class ABCMeta(type):
    """Metaclass for Abstract Base Classes. Classes made with it can be
    subclassed directly, or get *virtual* subclasses with ``register()``:
    these count for ``isinstance``/``issubclass`` without the ABC appearing
    in their MRO. The registry and the caches live in ``cls._abc_impl``,
    kept by the ``_abc`` accelerator."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Register ``subclass`` as a virtual subclass of this ABC; returns it,
        so that ``register`` also works as a class decorator."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

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


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after methods were added to or
    implemented on ``cls`` since it was made. Returns ``cls`` (usable as a
    class decorator); does nothing to a class that is not an ABC."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A class to inherit from to make an ABC (its metaclass is ABCMeta)."""

    __slots__ = ()
