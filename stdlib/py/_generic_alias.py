"""The objects that ``list[int]`` and ``int | None`` make at run time.

``types.GenericAlias`` (PEP 585) and ``types.UnionType`` (PEP 604). The VM
calls ``_class_getitem`` for ``list[int]`` and friends and ``_union`` for
``type | type``; ``types`` re-exports both classes. CPython writes them in C;
here they are ordinary Python, since nothing hot depends on them.
"""


def _type_repr(obj):
    if obj is None or obj is _NoneType:
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _FunctionType():
    pass


_FunctionType = type(_FunctionType)


def _is_typevar_like(obj):
    return getattr(type(obj), '__module__', None) == 'typing' and type(obj).__name__ in (
        'TypeVar', 'ParamSpec', 'TypeVarTuple')


def _collect_parameters(args):
    params = []
    for a in args:
        if _is_typevar_like(a):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).
    """

    __slots__ = ('__origin__', '__args__', '_parameters', '_starred')

    def __new__(cls, origin, args):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '_parameters', None)
        object.__setattr__(self, '_starred', False)
        return self

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters', _collect_parameters(self.__args__))
        return self._parameters

    @property
    def __unpacked__(self):
        return self._starred

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_arg_repr(a) for a in self.__args__)
        prefix = '*' if self._starred else ''
        return f'{prefix}{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError(f"readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self._starred == other._starred)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(params):
            raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for {self!r}; "
                            f"actual {len(item)}, expected {len(params)}")
        subst = dict(zip(params, item))
        new_args = []
        for a in self.__args__:
            if _is_typevar_like(a):
                new_args.append(subst[a])
            else:
                sub = getattr(a, '__parameters__', ()) if not isinstance(a, type) else ()
                if sub:
                    a = a[tuple(subst[p] for p in sub)]
                new_args.append(a)
        return GenericAlias(self.__origin__, tuple(new_args))

    def __iter__(self):
        starred = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(starred, '_starred', True)
        yield starred

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {'__origin__', '__args__', '__parameters__'})


def _arg_repr(a):
    if isinstance(a, list):
        return '[' + ', '.join(_arg_repr(x) for x in a) + ']'
    return _type_repr(a)


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str"""

    __slots__ = ('__args__', '_parameters')

    def __new__(cls, *a, **k):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters', _collect_parameters(self.__args__))
        return self._parameters

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(params):
            raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for {self!r}; "
                            f"actual {len(item)}, expected {len(params)}")
        subst = dict(zip(params, item))
        result = None
        for a in self.__args__:
            if _is_typevar_like(a):
                a = subst[a]
            elif not isinstance(a, type) and getattr(a, '__parameters__', ()):
                a = a[tuple(subst[p] for p in a.__parameters__)]
            result = a if result is None else result | a
        return result


_NoneType = type(None)


def _unionable(x):
    # typing's objects (TypeVar, List[int], ...) answer `|` themselves.
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union(a, b):
    """``a | b`` for types: a ``UnionType``, or NotImplemented."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            if p is None:
                p = _NoneType
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', tuple(args))
    object.__setattr__(u, '_parameters', None)
    return u


def _class_getitem(cls, item):
    """``cls[item]`` for the built-in generic classes."""
    return GenericAlias(cls, item)


GenericAlias.__module__ = 'types'
UnionType.__module__ = 'types'
