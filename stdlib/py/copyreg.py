"""Support for pickle and copy.

``dispatch_table`` maps a type to the function that reduces its instances
(``pickle(type, function)`` fills it); ``copy`` and ``pickle`` consult it
before an object's own ``__reduce_ex__``. The functions that
``object.__reduce_ex__`` names in what it returns live here too:
``__newobj__`` and ``__newobj_ex__`` (protocol 2 and up) and
``_reconstructor`` (protocols 0 and 1), with ``_slotnames``, which lists
the ``__slots__`` a class's instances carry. Last, the registry of
extension codes of pickle protocol 2 (``add_extension``).
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Reduce instances of ``ob_type`` with ``pickle_function``."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # Accepted for compatibility: a constructor is only checked.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that ``object`` can serve as a constructor (it is callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


# Reductions of two built-in types that have no __reduce__ of their own.

try:
    complex
except NameError:
    pass
else:
    def pickle_complex(c):
        return complex, (c.real, c.imag)

    pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    _union_type = type(int | str)
except TypeError:
    pass
else:
    pickle(_union_type, pickle_union)
    del _union_type


# ----- what object.__reduce_ex__ refers to -----

def _reconstructor(cls, base, state):
    """Remake an instance of ``cls`` from ``state``, the value of its
    built-in ``base`` (protocols 0 and 1)."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reduce_ex(self, proto):
    """``object.__reduce_ex__(proto)`` for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    # The nearest built-in class: its value (``base(self)``) is the state a
    # subclass of a built-in type saves besides its __dict__.
    base = object
    for klass in cls.__mro__:
        if hasattr(klass, '__flags__') and not klass.__flags__ & _HEAPTYPE:
            base = klass
            break
        new = klass.__new__
        if isinstance(new, _new_type) and new.__self__ is klass:
            base = klass
            break
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    """Make an instance as protocol 2 does: ``cls.__new__(cls, *args)``."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Make an instance with keyword arguments to ``__new__`` too."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the ``__slots__`` of ``cls`` and its bases (private
    names mangled, ``__dict__`` and ``__weakref__`` left out), cached on
    the class as ``__slotnames__`` when it can hold it."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass  # a built-in type cannot keep it
    return names


# ----- extension codes (pickle protocol 2) -----

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Register ``code`` (1 to 2**31-1) for the object ``module.name``."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return  # registering the same pair again is harmless
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
