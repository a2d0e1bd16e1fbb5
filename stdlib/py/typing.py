"""Support for type hints at run time (PEP 484 and its successors), as in
CPython 3.11.

The objects here are what annotations evaluate to: special forms
(``Union``, ``Optional``, ``ClassVar``, ...), aliases of the standard
collections (``List``, ``Dict``, ``Iterable``, ...), type variables,
``Generic`` and ``Protocol``, plus helpers (``get_type_hints``,
``get_origin``, ``NamedTuple``, ``TypedDict``, ``NewType``, ...).

Importing this module stays cheap: it needs only ``sys`` and ``abc``. The
aliases of classes that live in other modules
(``collections.abc``, ``collections``, ``contextlib``, ``re``) name their
class as a string and import it the first time it is needed.
"""

import sys
from abc import ABCMeta as _ABCMeta, abstractmethod


__all__ = [
    # Special forms and generic machinery.
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    # Aliases of the collections.abc classes.
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    # Structural checks.
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # Concrete collection aliases.
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # Other.
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


# --- The built-in types this module tells apart -------------------------

def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_WrapperDescriptorType = type(object.__init__)
_MethodWrapperType = type(object().__str__)
_MethodDescriptorType = type(str.join)
_NoneType = type(None)
del _function, _Probe

# What ``list[int]`` and ``int | str`` make: types.GenericAlias and
# types.UnionType.
_GenericAliasType = type(list[int])
_UnionType = type(int | str)

# The module that created a TypeVar, NewType, NamedTuple or TypedDict is
# found from the caller's frame when the VM exposes frames
# (sys._getframe); otherwise it is taken to be the main script. While this
# module runs, the objects it makes are its own.
_default_caller = 'typing'


def _caller(depth=2):
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(depth).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    return _default_caller


# --- Small helpers -------------------------------------------------------

def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    """How a type appears inside the repr of an alias: ``int``,
    ``mod.Class``, ``...``, a function's name, or ``repr(obj)``."""
    if isinstance(obj, _GenericAliasType):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType, a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *,
                allow_special_forms=False):
    """Check that ``arg`` may stand where a type is expected, and return it
    converted (see ``_type_convert``). ``msg`` starts the error raised for
    a tuple."""
    arg = _type_convert(arg, module=module,
                        allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        origin = arg.__origin__
        if (origin is Generic or origin is Protocol
                or (not allow_special_forms
                    and (origin is ClassVar
                         or (is_argument and origin is Final)))):
            raise TypeError(f"{arg} is not valid as type argument")
    if arg in _BARE_FORMS_ALLOWED:
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _is_param_expr(arg):
    """What may stand for the parameters of a Callable: ``...``, a list or
    tuple of types, a ParamSpec or a Concatenate."""
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec,
                                           _ConcatenateGenericAlias)))


def _collect_parameters(args):
    """The type variables in ``args``, in order of first appearance."""
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if _is_typevar_like(arg):
            if arg not in params:
                params.append(arg)
            continue
        if isinstance(arg, (tuple, list)):
            found = _collect_parameters(arg)
        else:
            found = getattr(arg, '__parameters__', ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _check_generic(cls, params, elen):
    """Check the number of arguments given to a generic with ``elen``
    parameters."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(params)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments"
                        f" for {cls}; actual {alen}, expected {elen}")


def _deduplicate(params):
    """Drop repeated parameters, keeping the first of each (all must be
    hashable, even a single one)."""
    seen = set()
    out = []
    for p in params:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _flatten_union_args(params):
    """Union arguments with nested unions spliced in and duplicates
    removed."""
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return tuple(_deduplicate(flat))


def _value_and_type(params):
    """Literal values paired with their types, so that 1 and True differ."""
    return [(p, type(p)) for p in params]


# Subscriptions are cached, as in CPython, so that ``List[int]`` made twice
# is the same object and evaluating annotations stays cheap.
_cache = {}
_CACHE_LIMIT = 1024


def _cached(getitem):
    def cached_getitem(self, params):
        key = (getitem, self, type(params), params)
        try:
            result = _cache.get(key, _cache)
        except TypeError:  # unhashable arguments are not cached
            return getitem(self, params)
        if result is _cache:
            result = getitem(self, params)
            if len(_cache) >= _CACHE_LIMIT:
                _cache.clear()
            _cache[key] = result
        return result
    cached_getitem.__name__ = getitem.__name__
    cached_getitem.__qualname__ = getitem.__qualname__
    return cached_getitem


# --- The base of the typing objects ----------------------------------------

class _Final:
    """Classes of this module that users may not subclass."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    """Keep ``iter()`` from walking ``__getitem__`` with 0, 1, 2, ..."""

    __slots__ = ()
    __iter__ = None


# --- Special forms ------------------------------------------------------------

class _SpecialForm(_Final, _root=True):
    """A form such as ``Union`` or ``ClassVar``: a name, and what
    subscripting it does."""

    __slots__ = ('_name', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_cached
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        # Cached by value and type: Literal[1] and Literal[True] differ.
        key = (self, tuple(_value_and_type(parameters)))
        try:
            result = _cache.get(key, _cache)
        except TypeError:
            return self._getitem(self, *parameters)
        if result is _cache:
            result = self._getitem(self, *parameters)
            if len(_cache) >= _CACHE_LIMIT:
                _cache.clear()
            _cache[key] = result
        return result


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every type is compatible with. It may be subclassed (a
    class that behaves like anything), not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _special(name, getitem):
    form = _SpecialForm(getitem)
    form._name = name
    return form


NoReturn = _special('NoReturn', _not_subscriptable)
Never = _special('Never', _not_subscriptable)
Self = _special('Self', _not_subscriptable)
LiteralString = _special('LiteralString', _not_subscriptable)
TypeAlias = _special('TypeAlias', _not_subscriptable)

# The bare forms that may stand where a type is expected.
_BARE_FORMS_ALLOWED = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


def _single_type_form(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _special('ClassVar', _single_type_form)
Final = _special('Final', _single_type_form)
TypeGuard = _special('TypeGuard', _single_type_form)


def _required_form(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


Required = _special('Required', _required_form)
NotRequired = _special('NotRequired', _required_form)


@_SpecialForm
def Union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _flatten_union_args(
        tuple(_type_check(p, msg) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_LiteralSpecialForm
def Literal(self, *parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        pairs = _deduplicate(_value_and_type(flat))
        flat = [value for value, _ in pairs]
    except TypeError:  # unhashable values are kept as given
        pass
    return _LiteralGenericAlias(self, tuple(flat))


@_SpecialForm
def Concatenate(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    head = tuple(_type_check(p, msg) for p in parameters[:-1])
    return _ConcatenateGenericAlias(self, head + (parameters[-1],),
                                    _paramspec_tvars=True)


@_SpecialForm
def Unpack(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


# --- Forward references ------------------------------------------------------

class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated later (by get_type_hints)."""

    __slots__ = ('__forward_arg__', '__forward_code__',
                 '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' (an unpacked TypeVarTuple) is not an expression by itself.
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(
                f"Forward reference must be an expression -- got {arg!r}"
            ) from None
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, '__dict__', globalns)
            value = _type_check(
                eval(self.__forward_code__, globalns, localns),
                "Forward references must evaluate to types.",
                is_argument=self.__forward_is_argument__,
                allow_special_forms=self.__forward_is_class__,
            )
            self.__forward_value__ = _eval_type(
                value, globalns, localns,
                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module = ''
        else:
            module = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


# --- Type variables -------------------------------------------------------------

class _TypeVarLike(_Final, _root=True):
    """What TypeVar and ParamSpec share: variance, repr, ``|``."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class TypeVar(_TypeVarLike, _root=True):
    """A type variable: ``T = TypeVar('T')``, with an optional bound
    (``bound=int``) or constraints (``TypeVar('S', str, bytes)``)."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.")
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
                or (isinstance(arg, _GenericAliasType)
                    and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: ``Ts = TypeVarTuple('Ts')``, used as
    ``Unpack[Ts]`` (``*Ts``)."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        index = params.index(self)
        for p in params[index + 1:]:
            if isinstance(p, TypeVarTuple):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        alen = len(args)
        plen = len(params)
        left = index
        right = plen - index - 1
        if alen < left + right:
            raise TypeError(f"Too few arguments for {alias}; "
                            f"actual {alen}, expected at least {plen - 1}")
        return (*args[:left], tuple(args[left:alen - right]),
                *args[alen - right:])


class ParamSpecArgs(_Final, _root=True):
    """``P.args``: the positional arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = None


class ParamSpecKwargs(_Final, _root=True):
    """``P.kwargs``: the keyword arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = None


class ParamSpec(_TypeVarLike, _root=True):
    """The parameters of a callable: ``P = ParamSpec('P')``, then
    ``Callable[P, R]`` and ``*args: P.args, **kwargs: P.kwargs``."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            msg = "Parameters to generic types must be types."
            return tuple(_type_check(a, msg) for a in arg)
        if not _is_param_expr(arg):
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            # G[int, str] for a class generic in one ParamSpec only.
            return (args,)
        if isinstance(args[i], list):
            return (*args[:i], tuple(args[i]), *args[i + 1:])
        return args


# --- Aliases -------------------------------------------------------------------

# Attributes an alias keeps for itself; others are set on its origin.
_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_origin',
                              '_paramspec_tvars'})


class _BaseGenericAlias(_Final, _root=True):
    """What aliases share: an origin class, instantiation through it,
    attribute access relayed to it, and no isinstance checks."""

    def __init__(self, origin, *, inst=True, name=None):
        # Straight into the instance dict: __setattr__ relays to the origin.
        attrs = self.__dict__
        attrs['_inst'] = inst
        attrs['_name'] = name
        attrs['__origin__'] = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        # Generic goes at the end unless a later base brings it.
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if _is_dunder(attr) or attr in _ALIAS_OWN_ATTRS:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in _ALIAS_OWN_ATTRS:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        names = set(object.__dir__(self))
        names.update(n for n in dir(self.__origin__) if not _is_dunder(n))
        return sorted(names)


# A subscripted generic: ``List[int]``, ``MyGeneric[T]``,
# ``ClassVar[int]``.
class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None,
                 _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        attrs = self.__dict__
        attrs['__args__'] = tuple(... if a is _TypingEllipsis else a
                                  for a in args)
        attrs['__parameters__'] = _collect_parameters(args)
        attrs['_paramspec_tvars'] = _paramspec_tvars
        if not name:
            attrs['__module__'] = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_cached
    def __getitem__(self, args):
        # Substitute the type variables: Dict[KT, List[VT]][str, int].
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = _unpack_args(tuple(_type_convert(p) for p in args))
        return self.copy_with(self._substitute(args))

    def _substitute(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments"
                            f" for {self}; actual {alen}, expected {plen}")
        bindings = dict(zip(params, args))
        callable_args = self._name == 'Callable'
        new_args = []
        for old in self.__args__:
            new = _substitute_one(old, bindings)
            if callable_args and isinstance(new, tuple):
                # Callable[P, T][[int, str], float]: the args stay flat.
                new_args.extend(new)
            elif _is_unpacked_typevartuple(old):
                new_args.extend(new)
            else:
                new_args.append(new)
        return tuple(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name,
                              inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"  # Tuple[()]
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        import operator
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # List[int], Iterable[T], ...
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


def _substitute_one(old, bindings):
    """``old`` (an argument of an alias) with its type variables replaced
    from ``bindings``."""
    if isinstance(old, type):
        return old
    subst = getattr(old, '__typing_subst__', None)
    if subst is not None:
        return subst(bindings[old])
    if isinstance(old, tuple):  # the parameters of G[P] for a ParamSpec P
        return tuple(_substitute_one(a, bindings) for a in old)
    subparams = getattr(old, '__parameters__', ())
    if not subparams:
        return old
    subargs = []
    for p in subparams:
        if isinstance(p, TypeVarTuple):
            subargs.extend(bindings[p])
        else:
            subargs.append(bindings[p])
    return old[tuple(subargs)]


def _is_unpacked_typevartuple(x):
    return (not isinstance(x, type)
            and getattr(x, '__typing_is_unpacked_typevartuple__', False))


def _unpack_args(args):
    """Splice ``*tuple[int, str]`` (Unpack of a fixed tuple) into the
    arguments."""
    out = []
    for arg in args:
        subargs = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if subargs is not None and not (subargs and subargs[-1] is ...):
            out.extend(subargs)
        else:
            out.append(arg)
    return tuple(out)


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a collection: ``List``, ``Iterable``, ...

    ``origin`` is the class, or its dotted name (``'collections.abc.Sized'``)
    imported the first time the alias needs it."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        attrs = self.__dict__
        attrs['_inst'] = inst
        attrs['_name'] = name
        attrs['_origin'] = origin
        attrs['_nparams'] = nparams

    @property
    def __origin__(self):
        origin = self._origin
        if type(origin) is str:
            module, _, name = origin.rpartition('.')
            __import__(module)
            try:
                origin = getattr(sys.modules[module], name)
            except AttributeError:
                # Not an AttributeError: that would send the lookup of
                # __origin__ on to __getattr__ and hide the cause.
                raise ImportError(f"cannot import name {name!r} from "
                                  f"{module!r}") from None
            self.__dict__['_origin'] = origin
        return origin

    @__origin__.setter
    def __origin__(self, origin):
        object.__setattr__(self, '_origin', origin)

    @_cached
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name,
                             inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# ``Callable[[int], str]``: the argument types and the result are kept
# flat in ``__args__`` (``(int, str)``).
class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        import operator
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        return self._getitem_inner(params)

    @_cached
    def _getitem_inner(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_cached
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


# ``Union[int, str]`` and ``Optional[int]``: equal whatever the order
# of the arguments, and usable with isinstance().
class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


# ``Literal[1, 'a']``: equal whatever the order; 1 and True differ.
class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return (set(_value_and_type(self.__args__))
                == set(_value_and_type(other.__args__)))

    def __hash__(self):
        return hash(frozenset(_value_and_type(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


# ``Unpack[Ts]``, shown as ``*Ts``.
class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if isinstance(arg, (_GenericAlias, _GenericAliasType)):
            if arg.__origin__ is tuple:
                return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _TypingEllipsis:
    """Stands for ``...`` in the arguments handed to copy_with."""


# ``Annotated[T, x, ...]``: the type T with metadata attached; nested
# Annotated forms merge their metadata.
class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        metadata = ", ".join(repr(a) for a in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {metadata}]"

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Attach metadata to a type: ``Annotated[int, ValueRange(0, 10)]``.
    Checkers see ``int``; the metadata is in ``__metadata__``."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


@_cached
def _annotated_getitem(cls, params):
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                         allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


# --- Generic and Protocol ----------------------------------------------------------

class Generic:
    """The base of generic classes: ``class Box(Generic[T]): ...``; then
    ``Box[int]`` is an alias and ``Box[int]()`` an ordinary Box."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            return _generic_alias_of_base(cls, params)
        for param in cls.__parameters__:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                params = prepare(cls, params)
        _check_generic(cls, params, len(cls.__parameters__))
        args = []
        for param, arg in zip(cls.__parameters__, params):
            if isinstance(param, TypeVarTuple):
                args.extend(arg)
            else:
                args.append(arg)
        return _class_alias(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            plain = Generic in cls.__orig_bases__
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' not in own:
            cls.__parameters__ = ()
            return
        bases = cls.__orig_bases__
        tvars = _collect_parameters(bases)
        # Generic[...] among the bases fixes the parameters and their order.
        declared = None
        for base in bases:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError(
                        "Cannot inherit from Generic[...] multiple times.")
                declared = base.__parameters__
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                s_vars = ', '.join(str(t) for t in missing)
                s_args = ', '.join(str(g) for g in declared)
                raise TypeError(f"Some type variables ({s_vars}) are"
                                f" not listed in Generic[{s_args}]")
            tvars = declared
        cls.__parameters__ = tuple(tvars)


@_cached
def _generic_alias_of_base(cls, params):
    """``Generic[T, ...]`` and ``Protocol[T, ...]``."""
    if not params:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    for p in params:
        if not _is_typevar_like(p) and not _is_unpacked_typevartuple(p):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be "
                            "type variables or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
    return _GenericAlias(cls, params, _paramspec_tvars=True)


@_cached
def _class_alias(cls, args):
    return _GenericAlias(cls, args, _paramspec_tvars=True)


# The names never counted as protocol members.
_PROTOCOL_SKIP = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__',
    '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '_MutableMapping__marker',
})

# The non-protocol classes a protocol may derive from.
_PROTO_ALLOWED = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator',
                        'AsyncIterable', 'Hashable', 'Sized', 'Container',
                        'Collection', 'Reversible'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _get_protocol_attrs(cls):
    """The members a protocol class asks for (its own and its bases')."""
    attrs = set()
    for base in cls.__mro__[:-1]:  # not object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_SKIP:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None))
               for attr in _get_protocol_attrs(cls))


def _is_own_protocol(cls):
    return cls is not Protocol and cls.__dict__.get('_is_protocol', False)


# How many checks of the ABC machinery (ABCMeta's isinstance/issubclass)
# this module is inside. The protocol checks they make in turn (for the
# subclasses or registered classes of an ABC) neither raise nor look at
# structure for unchecked protocols: CPython tells them apart by the
# caller's module ('abc').
_abc_depth = 0


def _abc_check(check, cls, arg):
    global _abc_depth
    _abc_depth += 1
    try:
        return check(cls, arg)
    finally:
        _abc_depth -= 1


class _ProtocolMeta(_ABCMeta):
    """isinstance() and issubclass() for protocols check structure: the
    object must have every member of the protocol."""

    def __instancecheck__(cls, instance):
        protocol = getattr(cls, '_is_protocol', False)
        if (protocol and not getattr(cls, '_is_runtime_protocol', False)
                and not _abc_depth):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not protocol or _is_callable_members_only(cls))
                and issubclass(type(instance), cls)):
            return True
        if protocol:
            # Data members may be set in __init__; methods set to None
            # block the protocol.
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    break
                if (callable(getattr(cls, attr, None))
                        and getattr(instance, attr) is None):
                    break
            else:
                return True
        return _abc_check(_ABCMeta.__instancecheck__, cls, instance)

    def __subclasscheck__(cls, other):
        if _is_own_protocol(cls):
            checked = True
            if not getattr(cls, '_is_runtime_protocol', False):
                if not _abc_depth:
                    raise TypeError("Instance and class checks can only be"
                                    " used with @runtime_checkable protocols")
                checked = False
            elif not _is_callable_members_only(cls):
                if not _abc_depth:
                    raise TypeError("Protocols with non-method members"
                                    " don't support issubclass()")
                checked = False
            if checked:
                if not isinstance(other, type):
                    raise TypeError('issubclass() arg 1 must be a class')
                if _has_protocol_members(cls, other):
                    return True
        return _abc_check(_ABCMeta.__subclasscheck__, cls, other)


def _has_protocol_members(cls, other):
    """Whether class ``other`` has every member of protocol ``cls`` (a
    member set to None in ``other`` blocks it)."""
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return False
                break
            # A sub-protocol may declare the member as an annotation only.
            annotations = base.__dict__.get('__annotations__', {})
            if (isinstance(annotations, dict) and attr in annotations
                    and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return False
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    """The ``__init__`` of a protocol: protocols cannot be instantiated;
    a concrete class deriving from one gets the first ``__init__`` after
    the protocols in its MRO."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocol classes (structural subtyping):

        class SupportsClose(Protocol):
            def close(self): ...

    With @runtime_checkable, isinstance() checks that the members exist."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base is object or base is Generic
                    or (issubclass(base, Generic) and base._is_protocol)
                    or base.__name__ in _PROTO_ALLOWED.get(base.__module__, ())):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol'
                        ' classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# --- Aliases of the standard collections ------------------------------------

def _alias(origin, nparams, *, inst=True, name=None):
    if name is None:
        name = origin.rpartition('.')[2]
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


Hashable = _alias('collections.abc.Hashable', 0)
Awaitable = _alias('collections.abc.Awaitable', 1)
Coroutine = _alias('collections.abc.Coroutine', 3)
AsyncIterable = _alias('collections.abc.AsyncIterable', 1)
AsyncIterator = _alias('collections.abc.AsyncIterator', 1)
Iterable = _alias('collections.abc.Iterable', 1)
Iterator = _alias('collections.abc.Iterator', 1)
Reversible = _alias('collections.abc.Reversible', 1)
Sized = _alias('collections.abc.Sized', 0)
Container = _alias('collections.abc.Container', 1)
Collection = _alias('collections.abc.Collection', 1)
Callable = _CallableType('collections.abc.Callable', 2, name='Callable')
AbstractSet = _alias('collections.abc.Set', 1, name='AbstractSet')
MutableSet = _alias('collections.abc.MutableSet', 1)
Mapping = _alias('collections.abc.Mapping', 2)
MutableMapping = _alias('collections.abc.MutableMapping', 2)
Sequence = _alias('collections.abc.Sequence', 1)
MutableSequence = _alias('collections.abc.MutableSequence', 1)
ByteString = _alias('collections.abc.ByteString', 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias('collections.deque', 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias('collections.abc.MappingView', 1)
KeysView = _alias('collections.abc.KeysView', 1)
ItemsView = _alias('collections.abc.ItemsView', 2)
ValuesView = _alias('collections.abc.ValuesView', 1)
ContextManager = _alias('contextlib.AbstractContextManager', 1,
                        name='ContextManager')
AsyncContextManager = _alias('contextlib.AbstractAsyncContextManager', 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias('collections.defaultdict', 2, name='DefaultDict')
OrderedDict = _alias('collections.OrderedDict', 2)
Counter = _alias('collections.Counter', 1)
ChainMap = _alias('collections.ChainMap', 2)
Generator = _alias('collections.abc.Generator', 3)
AsyncGenerator = _alias('collections.abc.AsyncGenerator', 2)
Type = _alias(type, 1, inst=False, name='Type')
Pattern = _alias('re.Pattern', 1)
Match = _alias('re.Match', 1)


def _callable_origin():
    abc = sys.modules.get('collections.abc')
    return getattr(abc, 'Callable', None)


# --- Type variables of this module, and the Supports* protocols ----------------

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


try:
    _complex = complex
except NameError:  # no complex numbers in this build
    _complex = 'complex'


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> _complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its
    return type."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its
    return type."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# --- Introspection ----------------------------------------------------------------

def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references in ``t``, recursively."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        if isinstance(t, _GenericAliasType):
            # list['int']: the strings become forward references.
            args = tuple(ForwardRef(a) if isinstance(a, str) else a
                         for a in t.__args__)
            unpacked = getattr(t, '__unpacked__', False)
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
            if unpacked:
                t = Unpack[t]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard)
                        for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, ev_args)
        if isinstance(t, _UnionType):
            return _or_all(ev_args)
        return t.copy_with(ev_args)
    return t


def _or_all(args):
    result = args[0]
    for a in args[1:]:
        result = result | a
    return result


def _should_unflatten_callable_args(typ, args):
    """Whether the flat ``__args__`` of a Callable alias stand for
    ``([arg, ...], result)``."""
    origin = typ.__origin__
    return (origin is not None and origin is _callable_origin()
            and not (len(args) == 2 and _is_param_expr(args[0])))


def _strip_annotations(t):
    """``t`` without Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, stripped)
        if isinstance(t, _UnionType):
            return _or_all(stripped)
        return t.copy_with(stripped)
    return t


_allowed_types = (_FunctionType, _BuiltinFunctionType, _MethodType,
                  _ModuleType, _WrapperDescriptorType, _MethodWrapperType,
                  _MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function, with string
    annotations (forward references) evaluated. For a class, those of its
    bases are included (in reverse MRO order).

    Annotated, Required and NotRequired are removed unless
    ``include_extras`` is true. A default of None does not add Optional
    (as of 3.11)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__, None)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The class namespace is searched after the module's.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):  # decorated functions
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = dict(hints)
    is_argument = not isinstance(obj, _ModuleType)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=is_argument, is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of ``tp``: ``get_origin(List[int]) is list``,
    ``get_origin(Union[int, str]) is Union``; None for a plain class."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted form: ``get_args(Dict[int, str]) ==
    (int, str)``; ``get_args(Callable[[int], str]) == ([int], str)``."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Whether ``tp`` is a class made with TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# --- Functions that do nothing at run time (for checkers) --------------------

def cast(typ, val):
    """Tell a checker that ``val`` has type ``typ``; returns ``val``."""
    return val


def assert_type(val, typ, /):
    """Ask a checker to confirm that ``val`` has type ``typ``; returns
    ``val``."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code a checker should find unreachable; raises if reached."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the run-time type of ``obj`` to stderr; returns ``obj``."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Mark a class or method as final (``__final__ = True``)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function, or every method of a class, as not to be checked:
    get_type_hints() then returns {}."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            # Only what the class itself defines, not what it inherits.
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:  # built-in classes
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make ``decorator`` apply no_type_check to what it decorates."""
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped_decorator, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapped_decorator.__dict__.update(getattr(decorator, '__dict__', {}))
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualname -> first line (or code object) -> overload
_overload_registry = {}


def overload(func):
    """Declare one signature of an overloaded function; the series is
    followed by the implementation. get_overloads() returns them."""
    f = getattr(func, "__func__", func)
    try:
        code = f.__code__
        key = getattr(code, 'co_firstlineno', code)
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[key] = func
    except AttributeError:  # not a function
        pass
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for ``func``, in definition order."""
    f = getattr(func, "__func__", func)
    by_name = _overload_registry.get(getattr(f, '__module__', None))
    if by_name is None:
        return []
    return list(by_name.get(getattr(f, '__qualname__', None), {}).values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like
    classes (PEP 681); records the options in ``__dataclass_transform__``."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# --- NewType ---------------------------------------------------------------------------

class NewType:
    """A distinct type for checkers: ``UserId = NewType('UserId', int)``.
    At run time ``UserId(5)`` is just ``5``."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[2]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were"
                    f" looking for: `{subclass_name} = NewType("
                    f"{subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- NamedTuple -----------------------------------------------------------------------

# Names a NamedTuple class body may not define, and those it keeps from
# the generated class.
_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__',
                            '__getnewargs__', '_fields', '_field_defaults',
                            '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type")
             for n, t in types}
    nm_tpl = namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    """Turns ``class P(NamedTuple): x: int`` into a collections.namedtuple
    class with the body's defaults, methods and docstring."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError(
                    'can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                s = 's' if len(default_names) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{s} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if Generic in bases:
            # The namedtuple class rebuilt on (tuple, Generic); Generic then
            # finds the parameters in __orig_bases__.
            attrs = dict(nm_tpl.__dict__)
            attrs.pop('__dict__', None)
            attrs.pop('__weakref__', None)
            if '__orig_bases__' in ns:
                attrs['__orig_bases__'] = ns['__orig_bases__']
            nm_tpl = type(typename, (tuple, Generic), attrs)
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed version of collections.namedtuple:

        class Employee(NamedTuple):
            name: str
            id: int = 3

    or ``Employee = NamedTuple('Employee', [('name', str), ('id', int)])``.
    The field types are in ``__annotations__``."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# --- TypedDict -------------------------------------------------------------------------

class _TypedDictMeta(type):
    """Makes TypedDict classes: dict subclasses that record their keys'
    types; calling one makes a plain dict."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        if any(issubclass(b, Generic) for b in bases):
            real_bases = (Generic, dict)
        else:
            real_bases = (dict,)
        tp_dict = type.__new__(_TypedDictMeta, name, real_bases, ns)

        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=tp_dict.__module__)
               for n, tp in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated:
                args = get_args(tp)
                if args:
                    origin = get_origin(args[0])
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            (required if is_required else optional).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys, for checkers:

        class Point2D(TypedDict):
            x: int
            y: int
            label: NotRequired[str]

    or ``Point2D = TypedDict('Point2D', {'x': int, 'y': int})``. At run
    time ``Point2D(x=1, y=2)`` is a plain dict; the keys are in
    ``__annotations__``, ``__required_keys__`` and ``__optional_keys__``.
    ``total=False`` makes the keys not required."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        try:
            import warnings
        except ImportError:
            pass
        else:
            warnings.warn(
                "The kwargs-based syntax for TypedDict definitions is deprecated "
                "in Python 3.11, will be removed in Python 3.13, and may not be "
                "understood by third-party type checkers.",
                DeprecationWarning,
                stacklevel=2,
            )
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


# --- IO --------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """The interface of file objects (text or binary); see TextIO and
    BinaryIO. For annotations: open() returns one."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @abstractmethod
    def write(self, s: bytes) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> str:
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# From here on, objects made by callers belong to the main script unless
# the VM can tell (see _caller).
_default_caller = '__main__'
