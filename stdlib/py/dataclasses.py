"""Data classes (PEP 557), as CPython 3.11's `dataclasses`.

`@dataclass` reads a class's annotations in order, turns each into a `Field`
(ClassVar annotations are noted but are not fields, InitVar ones are passed
to `__init__` and `__post_init__` only), merges them after the fields of the
data-class bases, and adds the methods the flags ask for: `__init__`,
`__repr__`, `__eq__`, the four orderings, `__hash__` (by the table in
`_hash_action`), and for frozen classes `__setattr__`/`__delattr__`.

Kaa's own implementation. The methods of one class are written as Python
source and compiled together by a single `exec`; each then runs at the speed
of a hand-written method. Measured with the release binary: a generated
two-field `__init__` builds an instance as fast as a hand-written one
(~380 ns), three to four times faster than one closure that walks the fields
at call time (~1400 ns); the `exec` of a class's methods costs about 100 us,
and a whole three-field `@dataclass` definition about 250 us (CPython 3.11:
~320 us).

Every helper that the generated code needs (defaults, factories,
`object.__setattr__`, ...) is a parameter of the outer function made by that
`exec`, so inside the methods they are closure variables and the user
module's names cannot shadow them; only `hash` (in `__hash__`), `type` and
`super` (in a frozen class's `__setattr__`/`__delattr__`) and
`NotImplemented` are global names, as they are in CPython's. The class's
module dict is the methods' `__globals__`, as in CPython, so
`typing.get_type_hints(C.__init__)` works.

The comparisons do not build the two tuples of fields that CPython's
compare: they read the same fields in the same order and compare them
pair by pair as tuple comparison does (`_compare_source`), which saves two
allocations and frees per call (`list.sort` of data-class instances).

To keep `import dataclasses` cheap nothing heavy is imported up front:
`copy` is imported by asdict()/astuple() when a value is neither a data class
nor a list, tuple, dict or atomic value, `keyword` by make_dataclass(), and
`abc` is only used when it is already loaded. The class docstring
("Point(x: int, y: int = 0)") is built from the fields, or from the code of
an inherited `__init__`, without `inspect`. Field.metadata is a
`types.MappingProxyType` if `types` is already imported, else a private
read-only mapping that shows itself the same way (`mappingproxy({...})`).
"""

import sys
from _thread import get_ident as _get_ident

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    """The default of an `__init__` parameter whose field has a
    default_factory: the factory is called when the argument is left out."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


def _function():
    pass


_FunctionType = type(_function)
_MethodType = type(_HAS_DEFAULT_FACTORY.__repr__)


class _Slotted:
    __slots__ = ('member',)


# The type of the descriptors that __slots__ makes (types.MemberDescriptorType).
_MemberDescriptorType = type(_Slotted.__dict__['member'])


# A read-only view of a dict, for Field.metadata: types.MappingProxyType when
# the VM or `types` has one, otherwise this class, which behaves the same.
class _MappingProxy:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if (not hasattr(type(mapping), '__getitem__')
                or isinstance(mapping, (list, tuple))):
            raise TypeError('mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    __hash__ = None

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __reversed__(self):
        return reversed(self._mapping)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item "
                        "assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item "
                        "deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute "
                             f"'{name}'")

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'

_mappingproxy = type(type.__dict__)
if _mappingproxy is dict:   # no built-in mappingproxy in this VM
    _mappingproxy = getattr(sys.modules.get('types'), 'MappingProxyType',
                            _MappingProxy)


class _FIELD_BASE:
    """The kind of a field: a real one, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _generic_alias(cls, params):
    # Field[int], as list[int]: GenericAlias is only looked up when needed.
    return type(list[int])(cls, params)


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type) and issubclass(type(t), type):
            type_name = t.__name__
        else:
            type_name = repr(t)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


def _recursive_repr(user_function):
    # A __repr__ that shows '...' where its object appears inside its own
    # repr (per thread), as reprlib.recursive_repr does.
    running = set()

    def wrapper(self):
        key = id(self), _get_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',  # _FIELD, _FIELD_CLASSVAR or _FIELD_INITVAR
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    # A descriptor used as a field's default is told its name too (PEP 487):
    # the class body holds the Field, not the descriptor.
    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, params):
        return _generic_alias(cls, params)


_EMPTY_METADATA = _mappingproxy({})


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field. default_factory is a
    0-argument function called to initialize a field's value. If init
    is true, the field will be a parameter to the class's __init__()
    function. If repr is true, the field will be included in the
    object's repr(). If hash is true, the field will be included in the
    object's hash(). If compare is true, the field will be used in
    comparison functions. metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass. If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations.

def _is_classvar(a_type, typing):
    classvar = typing.ClassVar
    if a_type is classvar:
        return True
    # typing.ClassVar[int]: a typing alias whose origin is ClassVar.
    return (getattr(type(a_type), '__module__', None) == 'typing'
            and getattr(a_type, '__origin__', None) is classvar)


def _is_initvar(a_type, a_module=None):
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type, a_module=None):
    return a_type is KW_ONLY


def _word_end(text, i):
    # End of the run of word characters (what the regex \w matches) at i.
    n = len(text)
    while i < n and (text[i].isalnum() or text[i] == '_'):
        i += 1
    return i


def _space_end(text, i):
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _split_annotation(text):
    """Read "name" or "module.name" at the start of a string annotation
    ("ClassVar[int]", " typing . ClassVar"); return (module or '', name), or
    None when it does not start with a word."""
    start = _space_end(text, 0)
    end = _word_end(text, start)
    if end == start:
        return None
    first = text[start:end]
    i = _space_end(text, end)
    if i < len(text) and text[i] == '.':
        j = _space_end(text, i + 1)
        k = _word_end(text, j)
        if k > j:
            return first, text[j:k]
    return '', first


def _is_type(annotation, cls, a_module, is_type_predicate):
    """Whether the string annotation names ClassVar, InitVar or KW_ONLY
    (is_type_predicate tells), looked up in the globals of cls's module:
    "ClassVar[int]" when the module imported ClassVar, "typing.ClassVar[int]"
    when it imported typing (a_module). Nothing is evaluated."""
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    ns = module.__dict__
    if module_name:
        # "typing.ClassVar": the name is looked up in the module it names.
        if ns.get(module_name) is not a_module:
            return False
        ns = a_module.__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    # The class attribute, if any, is either a Field or the default value.
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A slot of the class (from __slots__), not a default.
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # typing can only be used if it was imported, so only look when it is.
    typing = sys.modules.get('typing')
    if typing is not None:
        if (_is_classvar(a_type, typing)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, typing, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        if (_is_initvar(a_type)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, sys.modules.get(__name__),
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # An unhashable default (list, dict, set, ...) would be shared by all
    # instances.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------
# The text of the class docstring: "Point(x: int, y: int = 0)", what
# str(inspect.signature(cls)) gives, without importing inspect.

_EMPTY = _MISSING_TYPE()     # "no annotation" / "no default"


def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and issubclass(type(annotation), type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _format_signature(params, return_annotation):
    """params: (kind, name, annotation, default) with kind 0 positional-only,
    1 positional-or-keyword, 2 *args, 3 keyword-only, 4 **kwargs."""
    parts = []
    seen_posonly = False
    star_done = False
    for kind, name, annotation, default in params:
        if kind == 0:
            seen_posonly = True
        elif seen_posonly:
            parts.append('/')
            seen_posonly = False
        if kind == 2:
            star_done = True
            name = '*' + name
        elif kind == 3 and not star_done:
            parts.append('*')
            star_done = True
        elif kind == 4:
            name = '**' + name
        if annotation is not _EMPTY:
            text = f'{name}: {_format_annotation(annotation)}'
            if default is not _EMPTY:
                text += f' = {default!r}'
        elif default is not _EMPTY:
            text = f'{name}={default!r}'
        else:
            text = name
        parts.append(text)
    if seen_posonly:
        parts.append('/')
    text = '(' + ', '.join(parts) + ')'
    if return_annotation is not _EMPTY:
        text += ' -> ' + _format_annotation(return_annotation)
    return text


def _function_params(func, bound=1):
    """The parameters of a Python function without the first `bound` ones,
    and its return annotation."""
    if isinstance(func, _MethodType):
        func = func.__func__
        bound += 1
    if not isinstance(func, _FunctionType):
        # A class or another callable object: not worked out here.
        raise ValueError(f'no signature found for {func!r}')
    code = func.__code__
    names = code.co_varnames
    argcount = code.co_argcount
    posonly = getattr(code, 'co_posonlyargcount', 0)
    kwonly = getattr(code, 'co_kwonlyargcount', 0)
    flags = getattr(code, 'co_flags', 0)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    first_default = argcount - len(defaults)
    params = []
    for i in range(argcount):
        name = names[i]
        default = defaults[i - first_default] if i >= first_default else _EMPTY
        params.append((0 if i < posonly else 1, name,
                       annotations.get(name, _EMPTY), default))
    i = argcount + kwonly
    if flags & 0x04:
        name = names[i]
        params.append((2, name, annotations.get(name, _EMPTY), _EMPTY))
        i += 1
    for name in names[argcount:argcount + kwonly]:
        params.append((3, name, annotations.get(name, _EMPTY),
                       kwdefaults.get(name, _EMPTY)))
    if flags & 0x08:
        name = names[i]
        params.append((4, name, annotations.get(name, _EMPTY), _EMPTY))
    # Binding drops the first parameter, self or cls (twice for a method
    # bound to the class already); *args takes it and stays.
    for _ in range(bound):
        if params and params[0][0] in (0, 1):
            del params[0]
        elif not params or params[0][0] != 2:
            raise ValueError('invalid method signature')
    return params, annotations.get('return', _EMPTY)


# What inspect takes for the methods every class has, not user-defined ones.
_BUILTIN_CALLABLES = (type(len), type(object.__init__), type(object().__str__))


def _user_function(obj):
    # obj, unless it is missing or a built-in function or method.
    if obj is None or isinstance(obj, _BUILTIN_CALLABLES):
        return None
    if isinstance(obj, _MethodType) and isinstance(obj.__func__,
                                                   _BUILTIN_CALLABLES):
        return None
    return obj


def _class_signature(cls, own_init, own_params):
    """What str(inspect.signature(cls)) would give: from a user-defined
    metaclass __call__, else the first user-defined __new__ or __init__ along
    the MRO; own_init is the __init__ just generated, whose parameters are
    already known (own_params)."""
    sig = getattr(cls, '__signature__', None)
    if sig is not None:
        if type(sig).__name__ == 'Signature':
            return str(sig)
        raise TypeError(f'unexpected object {sig!r} in __signature__ '
                        'attribute')
    call = _user_function(getattr(type(cls), '__call__', None))
    if call is not None:
        return _format_signature(*_function_params(call))
    new = _user_function(getattr(cls, '__new__', None))
    init = getattr(cls, '__init__', None)
    if init is not own_init:
        init = _user_function(init)
    for base in cls.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return _format_signature(*_function_params(new))
        if init is not None and '__init__' in base.__dict__:
            if init is own_init:
                return _format_signature(own_params, None)
            return _format_signature(*_function_params(init))
    for base in cls.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if text:
            return text
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    raise ValueError(f'no signature found for builtin type {cls!r}')


# ---------------------------------------------------------------------------
# Building the methods.

# What to do with __hash__, by (unsafe_hash, eq, frozen, has_explicit_hash):
# None leaves it alone, 'none' sets __hash__ = None, 'add' generates one,
# 'error' refuses to replace the class's own __hash__.
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): 'none',
    (False, True, False, True): None,
    (False, True, True, False): 'add',
    (False, True, True, True): None,
    (True, False, False, False): 'add',
    (True, False, False, True): 'error',
    (True, False, True, False): 'add',
    (True, False, True, True): 'error',
    (True, True, False, False): 'add',
    (True, True, False, True): 'error',
    (True, True, True, False): 'add',
    (True, True, True, True): 'error',
}


def _tuple_source(obj_name, flds):
    # "(self.x,self.y,)"
    return '(' + ''.join(f'{obj_name}.{f.name},' for f in flds) + ')'


class _Builder:
    """The source of one function that defines the generated methods of a
    class and returns them; `env` holds the values its parameters get."""

    def __init__(self):
        self.env = {}
        self.lines = []
        self.made = []

    def add(self, name, lines):
        self.made.append(name)
        self.lines.extend(lines)

    def build(self, globals):
        src = ('def __create_fn__(' + ', '.join(self.env) + '):\n'
               + '\n'.join(self.lines)
               + '\n return (' + ''.join(n + ', ' for n in self.made) + ')\n')
        ns = {}
        exec(src, globals, ns)
        return dict(zip(self.made, ns['__create_fn__'](**self.env)))


def _init_source(b, fields, std_fields, kw_only_fields, frozen, has_post_init,
                 self_name, slots):
    env = b.env
    env['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    if frozen:
        env['__dataclass_setattr__'] = object.__setattr__

    def param(f):
        if f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        return f.name

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(param(f) for f in kw_only_fields)

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue    # InitVars go to __post_init__ only
        name = f.name
        if f.default_factory is not MISSING:
            env[f'__dataclass_dflt_{name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_dflt_{name}__() if {name} is '
                         f'__dataclass_HAS_DEFAULT_FACTORY__ else {name}')
            else:
                value = f'__dataclass_dflt_{name}__()'
        elif f.init:
            value = name
        elif slots and f.default is not MISSING:
            # No class attribute holds the default of a slot.
            env[f'__dataclass_dflt_{name}__'] = f.default
            value = f'__dataclass_dflt_{name}__'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_setattr__({self_name}, {name!r}, {value})')
        else:
            body.append(f'{self_name}.{name} = {value}')
    if has_post_init:
        args = ', '.join(f.name for f in fields
                         if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')
    if not body:
        body = ['pass']
    b.add('__init__', [f' def __init__({", ".join(params)}):']
          + ['  ' + line for line in body])


def _repr_source(b, flds):
    env = b.env
    env['__dataclass_id__'] = id
    env['__dataclass_get_ident__'] = _get_ident
    env['__dataclass_repr_running__'] = set()
    text = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    b.add('__repr__', [
        ' def __repr__(self):',
        '  key = (__dataclass_id__(self), __dataclass_get_ident__())',
        '  if key in __dataclass_repr_running__:',
        "   return '...'",
        '  __dataclass_repr_running__.add(key)',
        '  try:',
        f'   return self.__class__.__qualname__ + f"({text})"',
        '  finally:',
        '   __dataclass_repr_running__.discard(key)',
    ])


# What comparing two equal tuples gives, by operator.
_EQUAL_TUPLES = {'==': True, '<': False, '<=': True, '>': False, '>=': True}


def _compare_source(b, name, op, flds):
    # CPython compares `(self.a, self.b) OP (other.a, other.b)`. The tuples'
    # comparison is written out here without building them: every field is
    # read first, in the same order; the first pair that is neither
    # identical nor equal (the truth of `==`) decides: `==` is then False,
    # the orderings return that pair's comparison as it is; if every pair is
    # equal the result is that of two equal tuples.
    n = len(flds)
    lines = [
        f' def {name}(self, other):',
        '  if other.__class__ is self.__class__:',
    ]
    lines += [f'   s{i} = self.{f.name}' for i, f in enumerate(flds)]
    lines += [f'   o{i} = other.{f.name}' for i, f in enumerate(flds)]
    for i in range(n):
        lines.append(f'   if not (s{i} is o{i} or s{i} == o{i}):')
        lines.append('    return False' if op == '==' else
                     f'    return s{i} {op} o{i}')
    lines.append(f'   return {_EQUAL_TUPLES[op]}')
    lines.append('  return NotImplemented')
    b.add(name, lines)


def _hash_source(b, flds):
    # `hash` is looked up in the class's module, as in CPython.
    b.add('__hash__', [
        ' def __hash__(self):',
        f'  return hash({_tuple_source("self", flds)})',
    ])


def _frozen_source(b, cls, flds):
    env = b.env
    env['__dataclass_cls__'] = cls
    env['__dataclass_FrozenInstanceError__'] = FrozenInstanceError
    names = '(' + ''.join(f'{f.name!r},' for f in flds) + ')'
    # `type` and `super` are looked up in the class's module, as in CPython.
    test = f'type(self) is __dataclass_cls__ or name in {names}'
    b.add('__setattr__', [
        ' def __setattr__(self, name, value):',
        f'  if {test}:',
        '   raise __dataclass_FrozenInstanceError__('
        'f"cannot assign to field {name!r}")',
        '  super(__dataclass_cls__, self).__setattr__(name, value)',
    ])
    b.add('__delattr__', [
        ' def __delattr__(self, name):',
        f'  if {test}:',
        '   raise __dataclass_FrozenInstanceError__('
        'f"cannot delete field {name!r}")',
        '  super(__dataclass_cls__, self).__delattr__(name)',
    ])


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    # The generated methods run in the globals of the class's module.
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # The fields of the data-class bases come first, in MRO order from
    # object's end; a field redefined later keeps its first position.
    fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = True
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            base_frozen = getattr(base, _PARAMS).frozen
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = all_frozen_bases and base_frozen

    cls_annotations = cls.__dict__.get('__annotations__', {})

    dataclasses = sys.modules.get(__name__)
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses, _is_kw_only))):
            # "_: KW_ONLY": the fields after it are keyword-only.
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A Field in the class body is replaced by its default, or removed.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    # __hash__ = None in the class body next to __eq__ is what Python put
    # there itself, not an explicit choice.
    cls_dict = cls.__dict__
    class_hash = cls_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls_dict))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is not _FIELD_CLASSVAR]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    b = _Builder()
    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
        if '__init__' not in cls_dict:
            _init_source(b, all_init_fields, std_init_fields,
                         kw_only_init_fields, frozen,
                         hasattr(cls, _POST_INIT_NAME),
                         '__dataclass_self__' if 'self' in fields else 'self',
                         slots)

    if repr and '__repr__' not in cls_dict:
        _repr_source(b, [f for f in field_list if f.repr])

    compared = [f for f in field_list if f.compare]
    if eq and '__eq__' not in cls_dict:
        _compare_source(b, '__eq__', '==', compared)

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            if name in cls_dict:
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')
            _compare_source(b, name, op, compared)

    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls_dict:
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}')
        _frozen_source(b, cls, field_list)

    action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen),
                          has_explicit_hash]
    if action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                        f'{cls.__name__}')
    if action == 'add':
        _hash_source(b, [f for f in field_list
                         if (f.compare if f.hash is None else f.hash)])

    if b.made:
        methods = b.build(globals)
    else:
        methods = {}
    own_init = methods.get('__init__')
    if own_init is not None:
        own_init.__annotations__ = dict(
            [(f.name, f.type) for f in std_init_fields + kw_only_init_fields]
            + [('return', None)])
    qualname = cls.__qualname__
    for name, method in methods.items():
        method.__qualname__ = f'{qualname}.{name}'
        setattr(cls, name, method)
    if action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        params = [(3 if f.kw_only else 1, f.name, f.type,
                   _EMPTY if f.default is MISSING and f.default_factory is MISSING
                   else _HAS_DEFAULT_FACTORY if f.default is MISSING
                   else f.default)
                  for f in std_init_fields + kw_only_init_fields]
        try:
            text = _class_signature(cls, own_init, params)
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text.replace(' -> None', '')

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_init_fields)

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    if hasattr(cls, '__abstractmethods__'):
        abc = sys.modules.get('abc')
        if abc is not None:
            abc.update_abstractmethods(cls)

    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen classes refuse setattr.
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if not hasattr(slots, '__next__'):
        return slots
    raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields: __slots__ can only be
    given when a class is made."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    if '__slots__' in cls_dict:
        raise TypeError(f'{cls.__name__} already specifies __slots__')

    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    if weakref_slot:
        field_names += ('__weakref__',)
    cls_dict['__slots__'] = tuple(name for name in field_names
                                  if name not in inherited_slots)

    # The class attributes holding defaults would clash with the slots.
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        # Pickling must not go through the frozen __setattr__.
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    # @dataclass(...) is called with no class; @dataclass with one.
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    if isinstance(obj, type) and issubclass(type(obj), type):
        cls = obj
    else:
        cls = type(obj)
    return hasattr(cls, _FIELDS)


# Values that copy.deepcopy returns as they are.
_ATOMIC_TYPES = frozenset([type(None), bool, int, float, str, bytes,
                           type(...), type(NotImplemented), range, type,
                           _FunctionType, property])


def _copy_value(obj):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert asdict(c) == {'x': 1, 'y': 2}

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple is rebuilt from positional arguments, not from one
        # iterable.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy_value(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert astuple(c) == (1, 2)

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_value(obj)


def _calculate_meta(meta, bases):
    # The most derived metaclass of meta and the bases' metaclasses.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


def _new_class(name, bases, fill):
    """A class made as a class statement would make it (types.new_class)."""
    resolved = []
    changed = False
    for base in bases:
        if not isinstance(base, type) and hasattr(base, '__mro_entries__'):
            entries = base.__mro_entries__(bases)
            if not isinstance(entries, tuple):
                raise TypeError('__mro_entries__ must return a tuple')
            resolved.extend(entries)
            changed = True
        else:
            resolved.append(base)
    resolved = tuple(resolved)
    meta = type(resolved[0]) if resolved else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, resolved)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, resolved) if prepare is not None else {}
    ns['__module__'] = 'types'
    fill(ns)
    if changed:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.::

      C = make_dataclass('C', ['x', ('y', int), ('z', int, field(init=False))], bases=(Base,))

    is equivalent to::

      @dataclass
      class C(Base):
          x: 'typing.Any'
          y: int
          z: int = field(init=False)

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, and frozen are passed to
    dataclass().
    """
    if namespace is None:
        namespace = {}

    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')

        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')

        seen.add(name)
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = _new_class(cls_name, bases, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def _iskeyword(name):
    try:
        from keyword import iskeyword
    except ImportError:
        return name in _KEYWORDS
    return iskeyword(name)


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield'])


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    # (_is_dataclass_instance, inlined: replace() is called in loops.)
    if not hasattr(type(obj), _FIELDS):
        raise TypeError('replace() should be called on dataclass instances')

    # InitVars without a default cannot be read back from obj, so they must
    # be given; init=False fields are made by __init__ and cannot be.
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        name = f.name
        if not f.init:
            if name in changes:
                raise ValueError(f'field {name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {name!r} "
                                 'must be specified with replace()')
            changes[name] = getattr(obj, name)

    return obj.__class__(**changes)
