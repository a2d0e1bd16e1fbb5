"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers.

Behaviour, reprs and messages follow CPython 3.11's ``enum`` module.

How it is built:

* ``EnumType.__prepare__`` gives the class body an ``_EnumDict``, which
  records the member names in order, resolves ``auto()`` and rejects reused
  names and reserved ``_sunder_`` names.
* ``EnumType.__new__`` takes the member values out of the namespace and
  puts in a ``_MemberMaker``; ``type.__new__`` calls its ``__set_name__``,
  which creates the members (through the class's ``__new__`` or the data
  type's) and stores each one in the class dict (so ``Color.RED`` is a
  plain class attribute), ``_member_map_`` (name -> member) and
  ``_value2member_map_`` (value -> member, what ``Color(1)`` looks up).
* ``Flag`` values that are not members are made on demand by
  ``Flag._missing_`` ("pseudo-members"), according to the class's
  ``FlagBoundary``.
"""

import sys as _sys
from types import MappingProxyType, DynamicClassAttribute
from _enum import member_hash as _member_hash

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_builtin_property = property
_builtin_bin = bin
_set = type.__setattr__     # class attributes, bypassing EnumType.__setattr__

# Filled in as the classes are defined below; until then the metaclass
# knows it is building the module's own base classes.
Enum = Flag = EJECT = ReprEnum = None


# ----- small helpers -------------------------------------------------------

def _warn(message, category, stacklevel):
    """warnings.warn, imported only when needed (and only if available)."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=stacklevel + 1)


_plain_types = frozenset((int, str, float, tuple, bytes, bool, list, dict,
                          set, frozenset, type(None)))


_FunctionType = type(lambda: None)


def _has_auto(values):
    for v in values:
        if isinstance(v, auto):
            return True
    return False


def _is_descriptor(obj):
    """Whether obj binds or guards an attribute (functions, properties...)."""
    if type(obj) in _plain_types:
        return False
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    """'__x__' with a non-underscore right inside each pair."""
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_internal_class(cls_name, obj):
    """A class nested in the enum body (still a member in 3.11)."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    prefix = cls_name + '.'
    return qualname[:len(prefix)] == prefix and '.' not in qualname[len(prefix):]


def _is_single_bit(num):
    """True for 1, 2, 4, 8, ...: exactly one bit set."""
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    """The powers of two that make up num (>= 0, or a flag), lowest first."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _high_bit(value):
    """Index of the highest set bit (-1 for 0)."""
    return value.bit_length() - 1


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """'0b0 0101'-style binary: sign bit, a space, then the two's
    complement digits (at least max_bits of them)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        digits = _builtin_bin(num + ceiling)[3:]
        sign = '0b0'
    else:
        digits = _builtin_bin(~num ^ (ceiling - 1) + ceiling)[3:]
        sign = '0b1'
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


# ----- auto, member, nonmember, property -----------------------------------

class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """Like a property, but for enum members: the class attribute of the same
    name, if a member of that name exists, is the member.

    Used for ``name`` and ``value``, so that an enum may have members called
    ``name`` or ``value``.
    """

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(
                '%r has no attribute %r' % (ownerclass, self.name))
        fget = self.fget
        if fget is not None:
            return fget(instance)
        # a member shadowed by this descriptor, reached from another member
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError(
                '%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "%r cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "%r cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass


# Enum's `name` and `value` are enum.property subclasses that read the
# member's attribute without calling fget; their class name is `property`
# as well (what type(Enum.__dict__['name']) shows).
_enum_property = property


class property(_enum_property):
    """Enum.name: an enum.property that reads the member's _name_ directly."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return property.__get__(self, None, ownerclass)
        return instance._name_

    def getter(self, fget):
        return property(fget, self.fset, self.fdel, self.__doc__)


_name_property = property


class property(_enum_property):
    """Enum.value: an enum.property that reads the member's _value_ directly."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return property.__get__(self, None, ownerclass)
        return instance._value_

    def getter(self, fget):
        return property(fget, self.fset, self.fdel, self.__doc__)


_value_property = property
property = _enum_property


# ----- class body namespace ------------------------------------------------

_SUNDER_ALLOWED = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


class _EnumDict(dict):
    """The namespace of an enum class body: keeps the member names in order,
    fills in auto() values and refuses reused names."""

    _ignore = ()
    _auto_called = False
    _cls_name = None
    _private = None             # '_Name__', the prefix of mangled names

    def __init__(self):
        self._member_names = {}     # a dict keeps the order, tests fast
        self._last_values = []

    def __setitem__(self, key, value):
        if key[:1] == '_':
            private = self._private
            if (private is not None and key[:len(private)] == private
                    and len(key) > len(private) and key[-2:] != '__'):
                # a private name: a plain attribute
                dict.__setitem__(self, key, value)
                return
            if key[:2] == '__':
                if len(key) > 4 and key[-2:] == '__' and key[2] != '_' and key[-3] != '_':
                    # a __dunder__ name: a plain attribute
                    if key == '__order__':
                        key = '_order_'
                    dict.__setitem__(self, key, value)
                    return
            elif len(key) > 2 and key[-1] == '_' and key[-2] != '_':
                self._set_sunder(key, value)
                return
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore:
            pass
        elif type(value) is _FunctionType:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            # a member
            if isinstance(value, type) and _is_internal_class(self._cls_name, value):
                _warn("In 3.13 classes created inside an enum will not become a member.  "
                      "Use the `member` decorator to keep the current behavior.",
                      DeprecationWarning, 2)
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
            elif isinstance(value, tuple) and _has_auto(value):
                # each auto() in the tuple counts as a last value, not the tuple
                value = tuple([self._resolve_auto(key, v) if isinstance(v, auto) else v
                               for v in value])
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def _set_sunder(self, key, value):
        """A _sunder_ name: only Enum's own are allowed."""
        if key not in _SUNDER_ALLOWED:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined '
                                'before members')
            self._generate_next_value = (
                value.__func__ if isinstance(value, staticmethod) else value)
        elif key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            else:
                value = list(value)
            self._ignore = value
            already = set(value) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: '
                                 '%r' % (already,))
        dict.__setitem__(self, key, value)

    def _resolve_auto(self, key, a):
        """The value of auto() `a` for member `key` (recorded as a last value)."""
        if a.value is _auto_null:
            a.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        self._last_values.append(a.value)
        return a.value

    def update(self, members=(), **more):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more.items():
            self[name] = value


# ----- the member factory --------------------------------------------------

_builtin_dicts = {}


def _own_dict(cls):
    """cls.__dict__; built-in types cannot change, so theirs is kept."""
    if cls.__module__ == 'builtins':
        d = _builtin_dicts.get(cls)
        if d is None:
            d = _builtin_dicts[cls] = dict(cls.__dict__)
        return d
    return cls.__dict__


class _MemberMaker:
    """Put in the namespace of a new enum class under a hidden key: when
    type.__new__ calls its __set_name__ (before __init_subclass__, as for
    any descriptor) it makes the members, in definition order."""

    def __init__(self, members, body, member_type, new_member, use_args,
                 is_flag, value_preset):
        self.members = members              # [(name, value)]
        self.member_type = member_type
        self.new_member = new_member
        self.use_args = use_args
        self.is_flag = is_flag
        self.value_preset = value_preset    # may __new__ set _value_ itself?
        self.body = body
        self.flag_mask = self.singles_mask = 0
        self.base_dicts = None

    def __set_name__(self, enum_class, key):
        type.__delattr__(enum_class, key)
        body = self.body
        member_names = body['_member_names_']
        member_map = body['_member_map_']
        value2member = body['_value2member_map_']
        member_type = self.member_type
        new_member = self.new_member
        use_args = self.use_args
        value_preset = self.value_preset
        is_flag = self.is_flag
        init = enum_class.__init__
        if init is Enum.__init__:
            init = None
        base_dicts = self.base_dicts = [_own_dict(b) for b in enum_class.__mro__[1:]]
        for member_name, value in self.members:
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if use_args:
                enum_member = new_member(enum_class, *args)
            else:
                enum_member = new_member(enum_class)
            if not value_preset or not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception as exc:
                        new_exc = TypeError(
                            '_value_ not set in __new__, unable to create it')
                        new_exc.__cause__ = exc
                        raise new_exc
            value = enum_member._value_
            enum_member._name_ = member_name
            enum_member.__objclass__ = enum_class
            if init is not None:
                enum_member.__init__(*args)
            enum_member._sort_order_ = len(member_names)

            single_bit = False
            if is_flag and isinstance(value, int):
                self.flag_mask |= value
                if value and not value & (value - 1):
                    single_bit = True
                    self.singles_mask |= value

            # an earlier member with an equal value makes this one an alias
            try:
                canonical = value2member.get(value)
            except TypeError:
                canonical = None
                for other in member_map.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not None:
                enum_member = canonical
            elif not is_flag or single_bit:
                member_names.append(member_name)

            # a property or DynamicClassAttribute of that name in a base
            # (`name`, `value`) stays in charge of instances; the class
            # attribute is a copy of it that gives the member
            found = None
            for base_dict in base_dicts:
                descriptor = base_dict.get(member_name)
                if descriptor is not None:
                    if isinstance(descriptor, (_builtin_property, DynamicClassAttribute)):
                        found = descriptor
                        break
                    if (hasattr(descriptor, 'fget') and hasattr(descriptor, 'fset')
                            and hasattr(descriptor, 'fdel')):
                        found = descriptor
            if found is not None:
                redirect = property()
                redirect.member = enum_member
                redirect.__set_name__(enum_class, member_name)
                redirect.fget = getattr(found, 'fget', None)
                redirect.fset = getattr(found, 'fset', None)
                redirect.fdel = getattr(found, 'fdel', None)
                _set(enum_class, member_name, redirect)
            else:
                _set(enum_class, member_name, enum_member)
            member_map[member_name] = enum_member
            try:
                value2member.setdefault(value, enum_member)
            except TypeError:
                body['_unhashable_values_'].append(value)


def _make_enum_class(metacls, cls, bases, body, member_names, mixins,
                     boundary, _order_, kwds, is_flag=None):
    """Create enum class `cls` from its namespace `body`, in which the
    names `member_names` hold the values of the members to make."""
    if mixins is None:
        member_type, first_enum = metacls._get_mixins_(cls, bases)
    else:
        member_type, first_enum = mixins
    __new__, save_new, use_args = metacls._find_new_(
        body, member_type, first_enum)

    if 'mro' in member_names or '' in member_names:
        invalid = [n for n in ('mro', '') if n in member_names]
        raise ValueError('invalid enum member name(s) %s'
                         % (','.join([repr(n) for n in invalid])))

    if is_flag is None:
        is_flag = False
        if Flag is not None:
            for base in bases:
                if issubclass(base, Flag):
                    is_flag = True
                    break

    # object's or a built-in data type's __new__ never sets _value_
    value_preset = not (__new__ is object.__new__ or (
        member_type.__module__ == 'builtins'
        and __new__ is getattr(member_type, '__new__', None)))
    body['_new_member_'] = __new__
    body['_use_args_'] = use_args
    body['_member_names_'] = []
    body['_member_map_'] = {}
    body['_value2member_map_'] = {}
    body['_unhashable_values_'] = []
    body['_member_type_'] = member_type
    maker = None
    if member_names:
        members = [(key, body.pop(key)) for key in member_names]
        maker = _MemberMaker(members, body, member_type, __new__, use_args,
                             is_flag, value_preset)
    body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
    if is_flag:
        body['_boundary_'] = (boundary
                              or getattr(first_enum, '_boundary_', None))
        body['_flag_mask_'] = 0
        body['_singles_mask_'] = 0
        body['_all_bits_'] = 0
        body['_inverted_'] = None
    if maker is not None:
        body['<enum members>'] = maker

    exc = None
    try:
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
    except RuntimeError as e:
        # the error of a member's __new__/__init__ itself, not the
        # "calling __set_name__" wrapper (raised outside the handler, so
        # that it keeps its own __cause__ and __context__)
        exc = e.__cause__ or e
    if exc is not None:
        raise exc

    # Enum's repr/str/format/reduce win over the data type's and object's
    if member_type is not object:
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            found = getattr(enum_class, name)
            if (found == getattr(member_type, name, None)
                    or found == getattr(object, name, None)):
                _set(enum_class, name, getattr(first_enum, name))

    if is_flag and maker is not None and maker.flag_mask:
        _set(enum_class, '_flag_mask_', maker.flag_mask)
        _set(enum_class, '_singles_mask_', maker.singles_mask)
        _set(enum_class, '_all_bits_', 2 ** maker.flag_mask.bit_length() - 1)

    if Flag is not None and is_flag:
        # Flag's operators win over the data type's (IntFlag)
        for name, method in _flag_operators.items():
            if name not in body:
                _set(enum_class, name, method)

    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError(
                'ReprEnum subclasses must be mixed with a data type '
                '(i.e. int, str, float, etc.)')
        if '__format__' not in body:
            _set(enum_class, '__format__', member_type.__format__)
        if '__str__' not in body:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            _set(enum_class, '__str__', method)

    # lookups by value go through Enum.__new__ from now on
    if Enum is not None:
        if save_new:
            _set(enum_class, '__new_member__', __new__)
        _set(enum_class, '__new__', Enum.__new__)

    if is_flag:
        # iterate over the bits of a value in definition order if the
        # members were not defined in value order
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            _set(enum_class, '_iter_member_', enum_class._iter_member_by_def_)

    if _order_ is not None:
        if isinstance(_order_, str):
            _order_ = _order_.replace(',', ' ').split()
        member_map = enum_class._member_map_
        if is_flag:
            _order_ = [o for o in _order_ if o not in member_map
                       or _is_single_bit(member_map[o]._value_)]
        _order_ = [o for o in _order_ if o not in member_map
                   or o in enum_class._member_names_]
        if _order_ != enum_class._member_names_:
            raise TypeError(
                'member order does not match _order_:\n  %r\n  %r'
                % (enum_class._member_names_, _order_))

    return enum_class


# ----- the metaclass -------------------------------------------------------

class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        enum_dict._private = '_%s__' % (cls,)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gnv = first_enum._generate_next_value_
            enum_dict._generate_next_value = gnv
            dict.__setitem__(enum_dict, '_generate_next_value_', gnv)
        enum_dict._mixins = (bases, (member_type, first_enum))
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)

        # names listed in _ignore_ vanish from the class
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)

        mixins = getattr(classdict, '_mixins', None)
        mixins = mixins[1] if mixins is not None and mixins[0] == bases else None
        member_names = classdict._member_names
        _order_ = classdict.pop('_order_', None)
        return _make_enum_class(metacls, cls, bases, dict(classdict),
                                member_names, mixins, boundary, _order_, kwds)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Look a member up by value (``Color(1)``), or create a new enum
        class (``Enum('Color', 'RED GREEN')``)."""
        if names is None:
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError, AttributeError):
                pass
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _warn("in 3.12 __contains__ will no longer raise TypeError, "
                  "but will return True or\nFalse depending on whether the "
                  "value is a member or the value of a member",
                  DeprecationWarning, 2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (member.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(
                '%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set([
            '__class__', '__contains__', '__doc__', '__getitem__',
            '__iter__', '__len__', '__members__', '__module__', '__name__',
            '__qualname__', '__init_subclass__',
        ] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Names to members, in definition order, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        try:
            member_map = cls._member_map_
        except AttributeError:
            member_map = ()
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Color', 'RED GREEN', ...)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(
                    name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))

        # names: pairs (name, value), or a mapping
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            getframe = getattr(_sys, '_getframe', None)
            if getframe is not None:
                try:
                    module = getframe(2).f_globals['__name__']
                except (AttributeError, ValueError, KeyError):
                    pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname

        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Make an enum of the module-level constants of `module` whose names
        pass `filter`, and put it in that module."""
        module_globals = _sys.modules[module].__dict__
        if source:
            source = source.__dict__
        else:
            source = module_globals
        members = [(name, value) for name, value in source.items()
                   if filter(name)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = {t[0]: t[1] for t in members}
        body['__module__'] = module
        tmp_cls = type(name, (object,), body)
        cls = _simple_enum(etype=cls, boundary=boundary or KEEP)(tmp_cls)
        if as_global:
            global_enum(cls)
        else:
            module_globals.update(cls.__members__)
        module_globals[name] = cls
        return cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r"
                                    % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type, last enum base) of a new enum class."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        """The repr the data type uses for values (None: plain repr)."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                base_repr = _own_dict(base).get('__repr__')
                if base_repr is not None:
                    return base_repr
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in _own_dict(base) or '__dataclass_fields__' in _own_dict(base):
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, data_types))
        if data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes members: the class body's, the data
        type's, or object's; and whether it takes the value."""
        __new__ = classdict.get('__new__', None)
        if isinstance(__new__, staticmethod):
            __new__ = __new__.__func__
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    if method == '__new_member__' and possible.__module__ == 'builtins':
                        continue    # only enums have it
                    target = getattr(possible, method, None)
                    if not (target is None or target is object.__new__
                            or (Enum is not None and target is Enum.__new__)):
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        if first_enum is None or __new__ is object.__new__ or (
                Enum is not None and __new__ is Enum.__new__):
            use_args = False
        else:
            use_args = True
        return __new__, save_new, use_args


EnumMeta = EnumType


def _make_class_unpicklable(obj):
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


# ----- Enum ----------------------------------------------------------------

def _namespace(name, bases, namespace):
    """The metaclass of the module's own enums' class statements below: no
    class is made, the statement hands its namespace to _enum_from_plain."""
    return namespace


def _enum_from_plain(bases, boundary=None, is_flag=None):
    """Class decorator for the module's own enums: make an enum class with
    these bases from the namespace of a class statement with
    ``metaclass=_namespace``.  Cheaper than the class statement through
    EnumType (no _EnumDict hook per name), which matters for `import enum`.
    Its non-underscore, non-function names are members (with explicit
    values); the methods must not use zero-argument super()."""
    def convert(namespace):
        cls_name = namespace['__qualname__']
        mixins = EnumType._get_mixins_(cls_name, bases)
        first_enum = mixins[1]
        body = {}
        if first_enum is not None:
            body['_generate_next_value_'] = first_enum._generate_next_value_
        body.update(namespace)
        member_names = [key for key in namespace
                        if key[0] != '_' and not _is_descriptor(namespace[key])]
        return _make_enum_class(EnumType, cls_name, bases, body, member_names,
                                mixins, boundary, None, {}, is_flag)
    return convert


@_enum_from_plain(())
class Enum(metaclass=_namespace):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access::

    >>> Color.RED
    <Color.RED: 1>

    - value lookup:

    >>> Color(1)
    <Color.RED: 1>

    - name lookup:

    >>> Color['RED']
    <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

    def __new__(cls, value):
        # the member with this value; making members is _new_member_'s job
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            if exc is None:
                exc = TypeError(
                    'error in %s._missing_: returned %r instead of None or '
                    'a valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the highest value if the
        values can be sorted, else than the last value that allows it; or
        `start`."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            last_values.sort()
            if last_values[-1] is last or last_values[-1] == last:
                return last + 1
            result = last_values[-1] + 1
        except TypeError:
            result = None
        _warn("In 3.13 the default `auto()`/`_generate_next_value_` will require "
              "all values to be sortable and support adding +1\nand the value "
              "returned will be the largest value in the enum incremented by 1",
              DeprecationWarning, 4)
        if result is not None:
            return result
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__',
                               '__module__', 'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        member_map = self._member_map_
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in member_map:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in member_map:
                    interesting.add(name)
        names = sorted(
            set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
            | interesting)
        return names

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    # hash(self._name_), as a built-in method (stdlib/src/enum.rs): members
    # are dict and set keys, hashed on every lookup
    __hash__ = _member_hash

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @_name_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_value_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


@_enum_from_plain((Enum,))
class ReprEnum(metaclass=_namespace):
    """
    Only changes the repr(), leaving str() and format() to the mixed-in type.
    """


@_enum_from_plain((int, ReprEnum))
class IntEnum(metaclass=_namespace):
    """
    Enum where members are also (and must be) ints
    """


@_enum_from_plain((str, ReprEnum))
class StrEnum(metaclass=_namespace):
    """
    Enum where members are also (and must be) strings
    """

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """
        Return the lower-cased version of the member name.
        """
        return name.lower()


def pickle_by_global_name(self, proto):
    # a member exported to its module's globals pickles by name
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # a member pickles as getattr(its class, its name)
    return getattr, (self.__class__, self._name_)


@_enum_from_plain((StrEnum,))
class FlagBoundary(metaclass=_namespace):
    """
    control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ----- Flag ----------------------------------------------------------------

@_enum_from_plain((Enum,), boundary=STRICT, is_flag=True)
class Flag(metaclass=_namespace):
    """
    Support for flags
    """

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members in value, lowest bit first."""
        value2member = cls._value2member_map_
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield value2member.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and remember) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            # bits outside the members: what the boundary says
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, max_bits),
                                    bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pv in cls._member_map_.items():
                    if pv not in members and pv._value_ and pv._value_ & value == pv._value_:
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """Whether all of other's bits are set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members contained in self."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        value = self._value_ | other
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        return cls(value)

    def __and__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        value = self._value_ & other
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        return cls(value)

    def __xor__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        value = self._value_ ^ other
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        return cls(value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


_flag_operators = {name: getattr(Flag, name) for name in (
    '__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')}


@_enum_from_plain((int, ReprEnum, Flag), boundary=KEEP)
class IntFlag(metaclass=_namespace):
    """
    Support for integer-based Flags
    """


# ----- decorators and checks -----------------------------------------------

def unique(enumeration):
    """
    Class decorator for enumerations ensuring unique member values.
    """
    duplicates = [(name, member.name)
                  for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    """repr of a member exported to its module: 'module.NAME'."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr of a flag exported to its module: 'module.A|module.B'."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    names = []
    for n in self._name_.split('|'):
        if n[0].isdigit():
            names.append(n)
        else:
            names.append('%s.%s' % (module, n))
    return '|'.join(names)


def global_str(self):
    """str of a member exported to its module: the bare name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """
    decorator that makes the repr() of an enum member reference its module
    instead of its class; also exports all members to the enum's module's
    global namespace
    """
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


@_enum_from_plain((StrEnum,))
class EnumCheck(metaclass=_namespace):
    """
    various conditions to check an enumeration for
    """
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, member.name)
                              for name, member in enumeration.__members__.items()
                              if name != member.name]
                if duplicates:
                    details = ', '.join('%s -> %s' % pair for pair in duplicates)
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value)
                              if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError(
                        'invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                        'for details]' % (cls_name, alias, value))
        return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: turn a plain class into an enum of kind `etype`
    (its non-dunder, non-descriptor attributes become the members)."""
    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        body = metacls.__prepare__(cls.__name__, bases)
        for name, obj in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            body[name] = obj
        kwds = {}
        if boundary is not None:
            kwds['boundary'] = boundary
        return metacls(cls.__name__, bases, body, **kwds)
    return convert_class
