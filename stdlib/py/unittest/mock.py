"""Mock objects for tests: `Mock`, `MagicMock`, `patch` and friends.

A mock records how it is called (`call_args`, `mock_calls`, ...), creates
child mocks for the attributes it is asked for, and answers with
`return_value` or `side_effect`. Each mock gets a class of its own (made
in `__new__`), so that magic methods can be set on one mock without
touching the others.

Kaa cannot compile `async def` yet: `AsyncMock` returns an awaitable
object of its own instead of a coroutine.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import contextlib
import inspect
import io
import pprint
import sys
import threading
from functools import partial, wraps
from types import CodeType, FunctionType, MethodType, ModuleType


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


FILTER_DIR = True

_safe_super = super


# ---------------------------------------------------------------- sentinels

class _SentinelObject:
    """A unique, named object: sentinel.NAME."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Access attributes to get unique named objects: sentinel.foo is
    always the same object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()

DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """A helper object that compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = object.__hash__


ANY = _ANY()


# ---------------------------------------------------------------- helpers

def _is_instance_mock(obj):
    # `type(obj)` rather than isinstance: a mock with a spec pretends to
    # be of another class through __class__.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _extract_mock(obj):
    # An autospecced function carries its mock as `.mock`.
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    """Whether instances of the class obj are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _is_async_func(func):
    if getattr(func, '__code__', None):
        return inspect.iscoroutinefunction(func)
    return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _try_iter(obj):
    # An iterable side_effect is turned into an iterator once, when set.
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _copy_func_details(func, funcopy):
    for attribute in ('__name__', '__doc__', '__text_signature__',
                      '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except AttributeError:
            pass


FunctionTypes = (FunctionType, MethodType)


def _get_signature_object(func, as_instance, eat_self):
    """(callable, Signature) for what calling the spec func looks like,
    or None."""
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    sig_func = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(sig_func)
    except (ValueError, TypeError):
        return None


def _check_sig(spec, mock, skipfirst, instance=False):
    result = _get_signature_object(spec, instance, skipfirst)
    if result is None:
        return
    func, sig = result

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value (a mock without a parent) as the child `name` of
    parent; return whether it was adopted."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or
            value._mock_parent is not None or
            value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        # A mock never becomes its own descendant.
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class _SpecState:
    """A child of an autospecced mock, created only when first used."""

    def __init__(self, spec, spec_set=False, parent=None,
                 name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


# ---------------------------------------------------------------- calls

class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous
    run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(len(self) - n + 1):
            if self[start:start + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _Call(tuple):
    """One recorded call: a tuple (name, args, kwargs), or (args, kwargs)
    for call_args. `call` builds them: call(1), call.method(a=2)."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        args, kwargs, name = _split_call(value, name)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            self_name = ''
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and
                getattr(other, '_mock_parent', None) and
                self._mock_parent != other._mock_parent):
            return False
        if len(other) > 3:
            return False
        other_args, other_kwargs, other_name = _split_call(other, '')
        if self_name and other_name != self_name:
            return False
        # `other` goes first so that ANY in an expected call compares.
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    # `call.count(...)` and `call.index(...)` are calls, not the tuple
    # methods.
    count = property(lambda self: self.__getattr__('count'))
    index = property(lambda self: self.__getattr__('index'))

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return self[1], self[2]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """For a chained call like call.a().b(), the list of all the
        calls it is made of."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


def _split_call(value, name):
    """(args, kwargs, name) from any of the tuple shapes a call may be
    written as."""
    args = ()
    kwargs = {}
    n = len(value)
    if n == 3:
        name, args, kwargs = value
    elif n == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif n == 1:
        only, = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return args, kwargs, name


call = _Call(from_kall=False)


# ---------------------------------------------------------------- magics

_MAGIC_NAMES = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
    'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
    'index round trunc floor ceil bool next fspath aiter')
_NUMERICS = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

_magics = {'__%s__' % name for name in _MAGIC_NAMES.split()}
_magics |= {'__%s__' % name for name in _NUMERICS.split()}
_magics |= {'__i%s__' % name for name in _NUMERICS.split()}
_magics |= {'__r%s__' % name for name in _NUMERICS.split()}

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# What a MagicMock's magic methods return until configured.
_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: (
        f'{type(self).__name__}/{self._extract_mock_name()}/{id(self)}'),
}


def _get_eq(self):
    def __eq__(other):
        configured = self.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if self is other else NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if self is other else NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        configured = self.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        configured = self.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq,
    '__ne__': _get_ne,
    '__iter__': _get_iter,
    '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    effector = _side_effect_methods.get(name)
    if effector is not None:
        method.side_effect = effector(mock)


def _get_method(name, func):
    """A function to put on a mock's class that calls func with the mock
    as first argument."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


# ---------------------------------------------------------------- Base

class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


def _delegating_property(name):
    # Autospecced functions keep their call records on the function
    # (the delegate); a plain mock keeps them in `_mock_<name>`.
    _allowed_names.add(name)
    private = '_mock_' + name

    def _get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, private)
        return getattr(delegate, name)

    def _set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)

    return property(_get, _set)


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


class NonCallableMock(Base):
    """A mock that cannot be called. See Mock for the arguments."""

    _lock = threading.RLock()

    def __new__(cls, /, *args, **kw):
        # Every instance gets its own subclass, so that magic methods and
        # signatures can be set on one mock only.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec_arg = kw.get('spec_set', kw.get('spec'))
            if spec_arg is None and args:
                spec_arg = args[0]
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return _safe_super(NonCallableMock, cls).__new__(new)

    def __init__(self, /, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        _safe_super(NonCallableMock, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach a mock as an attribute of this one, replacing its name
        and parent."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock: only attributes of spec may be got (and
        set, with spec_set)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            spec_signature = found and found[1]
            names = dir(spec)
            for attr in names:
                if inspect.iscoroutinefunction(getattr(spec, attr, None)):
                    spec_asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = spec_signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = spec_asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc='The value returned by calling the mock.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and
                not isinstance(effect, _MockIter) and
                not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Restore the mock object to its initial state (the call
        records of it and its children)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes on the mock through keyword arguments; dotted
        names reach child mocks: configure_mock(**{'a.b.return_value': 3})."""
        for arg, val in sorted(kwargs.items(),
                               key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or
                                      name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert',
                                'assrt')):
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec '
                    f'for the mock if {name!r} is meant to be an attribute.')

        with NonCallableMock._lock:
            result = self._mock_children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            elif result is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                result = self._get_child_mock(
                    parent=self, name=name, wraps=wraps, _new_name=name,
                    _new_parent=self)
                self._mock_children[name] = result
            elif isinstance(result, _SpecState):
                try:
                    result = create_autospec(
                        result.spec, result.spec_set, result.instance,
                        result.parent, result.name)
                except InvalidSpecError:
                    target_name = self.__dict__['_mock_name'] or self
                    raise InvalidSpecError(
                        f'Cannot autospec attr {result.name!r} from target '
                        f'{target_name!r} as it has already been mocked out. '
                        f'[target={self!r}, attr={result.spec!r}]')
                self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        # The dotted path from the root mock: 'mock.a().b'.
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                     spec_string, id(self))

    def __dir__(self):
        """Filter the output of dir() to what the mock has."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__
                     if not e.startswith('_') or _is_magic(e)]
        from_children = [name for name, value in self._mock_children.items()
                         if value is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict +
                          from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and
              name not in self._mock_methods and
              name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and \
                    name not in self._mock_methods:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value

                def value(*args, **kw):
                    return original(self, *args, **kw)
            else:
                # Set only the new name: mock_calls records it, but not
                # method_calls.
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            self._spec_class = value
            return
        else:
            if _check_and_set_parent(self, value, name, name):
                self._mock_children[name] = value

        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(
                f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # The magic method was only on the class.
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            _safe_super(NonCallableMock, self).__delattr__(name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _get_call_signature_from_name(self, name):
        """The spec signature of the child mock reached by a call's
        dotted name."""
        if not name:
            return self._spec_signature
        sig = None
        child = self
        for part in name.split('.'):
            part = part.replace('()', '')
            child = child._mock_children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """Normalize a call through the spec signature (so that f(1) and
        f(a=1) compare equal), when there is one."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {self.mock_calls!r}.'

    def assert_not_called(self):
        """Assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        """Assert that the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Assert that the mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Assert that the last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: %s' %
                (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Assert that the mock was called exactly once, with these
        arguments."""
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Assert that mock_calls contains these calls: in this order and
        contiguous, or in any order with any_order=True."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\n'
                               'Errors: {}').format(
                        [e if isinstance(e, Exception) else None
                         for e in expected])
                actual = self._calls_repr(prefix='  Actual').rstrip('.')
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}{actual}'
                ) from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(not_found), remaining)
            ) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Assert that the mock was called with these arguments at some
        point."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError(
                '%s call not found' %
                self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """Create the child mocks for attributes and return value; the
        class is that of the parent (Mock for NonCallableMock)."""
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = ('.' + kw['name']) if 'name' in kw \
                else '.return_value'
            raise AttributeError(self._extract_mock_name() + attribute)
        cls = type(self)
        if issubclass(cls, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(cls, AsyncMockMixin):
            if (new_name in _all_sync_magics or
                    self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(cls, CallableMixin):
            if issubclass(cls, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = cls.__mro__[1]
        return klass(**kw)


class _AnyComparer(list):
    """A list whose `in` compares part by part with the searched call
    first, so that ANY in expected arguments matches."""

    def __contains__(self, item):
        for element in self:
            if len(item) == len(element) and all(
                    expected == actual
                    for expected, actual in zip(item, element)):
                return True
        return False


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        _safe_super(CallableMixin, self).__init__(
            spec, wraps, name, spec_set, parent,
            _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Replaced per mock by create_autospec.
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        # Record the call on every ancestor: method_calls follow the
        # attribute names, mock_calls also the return values ('()').
        record_method = self._mock_parent is not None
        method_name = self._mock_name
        mock_name = self._mock_new_name
        is_a_call = mock_name == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if record_method:
                ancestor.method_calls.append(
                    _Call((method_name, args, kwargs)))
                record_method = ancestor._mock_parent is not None
                if record_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((mock_name, args, kwargs)))
            if ancestor._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = ancestor._mock_new_name == '()'
                mock_name = ancestor._mock_new_name + dot + mock_name
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value \
                is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object.

    spec: a list of names or an object whose attributes the mock allows
    (others raise AttributeError); it also makes isinstance() pass.
    spec_set: like spec, and setting other attributes fails too.
    side_effect: an exception to raise, an iterable of values to return
    one by one, or a function to call with the arguments (its result is
    returned unless it is DEFAULT).
    return_value: what calling the mock returns (a child mock by default).
    wraps: an object to pass calls and attribute lookups through to.
    name: used in the repr and in the names of child mocks.
    Other keyword arguments set attributes, as configure_mock().
    """


# ---------------------------------------------------------------- MagicMock

class MagicProxy(Base):
    """Stands on the class for a magic method until it is first used,
    then creates the child mock."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry,
                                   _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        if getattr(self, '_mock_methods', None) is not None:
            allowed = wanted.intersection(self._mock_methods)
            for entry in wanted - allowed:
                if entry in type(self).__dict__:
                    delattr(self, entry)
            wanted = allowed
        cls = type(self)
        for entry in wanted - set(cls.__dict__):
            setattr(cls, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of MagicMock that isn't callable."""

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock (and drop the magic methods it lacks)."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is
    empty, bool() is True, int() is 1, and so on; each magic method is a
    mock that can be configured (m.__len__.return_value = 3)."""

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock (and drop the magic methods it lacks)."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to use as a property on a class: getting the attribute
    calls it with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---------------------------------------------------------------- AsyncMock

class _AsyncIterator:
    """Wraps an iterator into an asynchronous one."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Awaitable(_anext, (self.iterator,), {})


def _anext(iterator):
    try:
        return next(iterator)
    except StopIteration:
        raise StopAsyncIteration from None


class _Awaitable:
    """What awaiting an AsyncMock call gives: it runs the call when
    awaited (or sent None), as a coroutine would."""

    def __init__(self, func, args, kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs

    def __await__(self):
        return self._func(*self._args, **self._kwargs)
        yield  # a generator: awaiting runs the call

    def send(self, value):
        try:
            result = self._func(*self._args, **self._kwargs)
        except StopIteration as e:
            raise RuntimeError('coroutine raised StopIteration') from e
        raise StopIteration(result)

    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        pass


class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()
        code_mock = NonCallableMock(spec_set=CodeType)
        code_mock.co_flags = inspect.CO_COROUTINE
        d['__code__'] = code_mock
        d['__name__'] = 'AsyncMock'
        d['__defaults__'] = tuple()
        d['__kwdefaults__'] = {}
        d['__annotations__'] = None

    def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        base = _safe_super(AsyncMockMixin, self)._execute_mock_call

        def run():
            self.await_count += 1
            self.await_args = this_call
            self.await_args_list.append(this_call)
            return base(*args, **kwargs)
        return _Awaitable(run, (), {})

    def assert_awaited(self):
        """Assert that the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Assert that the mock was awaited exactly once."""
        if not self.await_count == 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited "
                f"once. Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Assert that the last await was with these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await'))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Assert that the mock was awaited exactly once, with these
        arguments."""
        if not self.await_count == 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited "
                f"once. Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Assert that the mock was awaited with these arguments at some
        point."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if expected not in _AnyComparer(actual):
            raise AssertionError(
                '%s await not found' %
                self._format_mock_call_signature(args, kwargs))

    def assert_not_awaited(self):
        """Assert that the mock was never awaited."""
        if self.await_count != 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to not have been "
                f"awaited. Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        """See Mock.reset_mock()."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, CallableMixin, NonCallableMock):
    """A mock whose calls return awaitables: awaiting one runs the call
    (side_effect, return_value) and records the await."""


# ---------------------------------------------------------------- patch

def _import_module(name):
    __import__(name)
    return sys.modules[name]


def _importer(target):
    """Resolve a dotted name: import the longest prefix that is a
    module, then look up the rest as attributes."""
    parts = target.split('.')
    modname = parts.pop(0)
    thing = _import_module(modname)
    while parts:
        candidate = modname + '.' + parts[0]
        try:
            thing = _import_module(candidate)
        except ImportError:
            break
        modname = candidate
        parts.pop(0)
    for part in parts:
        thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f'Need a valid target to patch. You supplied: {target!r}')
    return partial(_importer, target), attribute


class _patch:
    """One patch: created by patch(), patch.object() and patch.multiple();
    a decorator, a context manager, or started and stopped by hand."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(
            self.getter, self.attribute, self.new, self.spec,
            self.create, self.spec_set, self.autospec, self.new_callable,
            self.kwargs, unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy()
                                       for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # Stacked patch decorators share one wrapper.
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (
                    newargs, newkeywargs):
                return func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(
                '%s does not have the attribute %r' % (target, name))
        return original, local

    def _make_new(self, original):
        # The mock that replaces the attribute when `new` is not given.
        spec, spec_set = self.spec, self.spec_set
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set = original
                spec = None
        elif spec is not None:
            if spec_set is True:
                spec_set = spec
                spec = None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True

        if spec is None and _is_async_obj(original):
            klass = AsyncMock
        else:
            klass = MagicMock
        kw = {}
        this_spec = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            klass = self.new_callable
        elif this_spec is not None:
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_obj(this_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        if spec is not None:
            kw['spec'] = spec
        if spec_set is not None:
            kw['spec_set'] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) \
                and self.attribute:
            kw['name'] = self.attribute
        kw.update(self.kwargs)
        new = klass(**kw)

        if inherit and _is_instance_mock(new):
            # Patching a class with a spec: instances are specced too.
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                klass = NonCallableMagicMock
            kw.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()', **kw)
        return new

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and
                spec_set not in (True, None)):
            raise TypeError(
                "Can't provide explicit spec_set *and* spec or autospec")

        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            new = self._make_new(original)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError(
                    "autospec creates the mock for you. Can't specify "
                    "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set,
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError(
                "Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (
                    not hasattr(self.target, self.attribute) or
                    self.attribute in ('__doc__', '__module__',
                                       '__defaults__', '__annotations__',
                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # The patch was not started.
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch the named attribute
    of an object, with the arguments of patch()."""
    if type(target) is str:
        raise TypeError(
            f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): patch several attributes
    at once; with DEFAULT values, the mocks are passed by keyword."""
    if type(target) is str:
        getter = partial(_importer, target)
    else:
        def getter():
            return target
    if not kwargs:
        raise ValueError(
            'Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        other = _patch(getter, attribute, new, spec, create, spec_set,
                       autospec, new_callable, {})
        other.attribute_name = attribute
        patcher.additional_patchers.append(other)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Patch the object named by target ('package.module.Name') with new,
    or with a MagicMock; as a function or class decorator, a context
    manager, or with start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set values
    in a dictionary (or a dotted name of one) and restore it after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and \
                    hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            # A dict-like object without copy().
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning the patched dict."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches (started with start()), last first."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------- autospec

def _setup_func(funcopy, mock, sig):
    # The function stands for the mock: call records live on it (the
    # mock delegates to it), and the assert methods are forwarded.
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()

    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children

    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    funcopy.__signature__ = sig

    mock._mock_delegate = funcopy


def _set_signature(mock, original, instance=False):
    """A real function with original's signature that checks its
    arguments and calls mock."""
    skipfirst = isinstance(original, type)
    result = _get_signature_object(original, instance, skipfirst)
    if result is None:
        return mock
    func, sig = result

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    name = getattr(original, '__name__', 'funcopy')
    if not isinstance(name, str) or not name.isidentifier():
        name = 'funcopy'
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    return funcopy


def _must_skip(spec, entry, is_type):
    """Whether the first argument of the spec's method `entry` is bound
    (self) when called through the mock."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            # An instance attribute: not bound.
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif isinstance(result, FunctionTypes):
            return is_type
        else:
            return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """Create a mock with spec's attributes, whose methods (and itself,
    for a function or class) check the arguments of calls against the
    real signatures."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(
            f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = _is_async_func(spec)
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    _kwargs.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock

    _name = _kwargs.pop('name', _name)
    _new_name = _name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                 name=_name, **_kwargs)

    if isinstance(spec, FunctionTypes):
        mock = _set_signature(mock, spec)
    else:
        _check_sig(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {'spec': original}
        if spec_set:
            child_kwargs = {'spec_set': original}
        if not isinstance(original, FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionTypes):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            if inspect.iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry,
                              _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            new.return_value = child_klass()
            _check_sig(original, new, skipfirst=skipfirst)
        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)
    return mock


# ---------------------------------------------------------------- mock_open

file_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace `open`: the file handle it returns reads
    read_data (read, readline, readlines, iteration) and records writes."""
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    global file_spec
    if file_spec is None:
        file_spec = sorted(set(dir(io.TextIOWrapper)) |
                           set(dir(io.BytesIO)))

    if mock is None:
        mock = MagicMock(name='open', spec=open)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            # Only reset the side effect if the user hasn't replaced it.
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------- seal

def seal(mock):
    """Seal a mock: getting an attribute it does not have yet, or
    calling it for a new return value, raises AttributeError (also for
    its child mocks)."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)
