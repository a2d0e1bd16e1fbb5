"""Get useful information from live Python objects.

Kaa's `inspect`: the type predicates, `signature()` with `Signature`,
`Parameter` and `BoundArguments`, `getfullargspec`, `getcallargs`, the
source helpers (`getsource` finds the end of a block with a small scanner
of its own, since Kaa has no `tokenize`), frames (`currentframe`, `stack`),
`getattr_static`, `getmembers`, `get_annotations` and `unwrap`.
"""

import builtins
import collections
import enum
import functools
import linecache
import os
import sys
import types

__all__ = [
    'ArgInfo', 'Arguments', 'Attribute', 'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED',
    'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE',
    'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS',
    'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS',
    'ClosureVars', 'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED',
    'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature',
    'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs', 'cleandoc',
    'currentframe', 'findsource', 'formatannotation',
    'formatannotationrelativeto', 'formatargvalues', 'get_annotations',
    'getabsfile', 'getargs', 'getargvalues', 'getattr_static', 'getblock',
    'getcallargs', 'getclasstree', 'getclosurevars', 'getcomments',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile',
    'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getouterframes', 'getsource', 'getsourcefile', 'getsourcelines',
    'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
    'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'signature',
    'stack', 'trace', 'unwrap', 'walktree',
]

# Code object flags (co_flags).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

_BuiltinType = types.BuiltinFunctionType
_CoroutineType = getattr(types, 'CoroutineType', None)
_AsyncGeneratorType = getattr(types, 'AsyncGeneratorType', None)


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _unbound_builtin(object):
    # Kaa represents method descriptors of built-in types (`str.join`) as
    # built-in functions with no `__self__`.
    return (isinstance(object, _BuiltinType)
            and getattr(object, '__self__', None) is None
            and '.' in getattr(object, '__qualname__', ''))


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor, but not a data
    descriptor, a method, a function or a class."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if _unbound_builtin(object):
        return True
    if isinstance(object, (staticmethod, classmethod)):
        return True
    tp = type(object)
    return hasattr(tp, '__get__') and not _has_setter(tp)


_DATA_DESCRIPTOR_TYPES = (property, types.GetSetDescriptorType,
                          types.MemberDescriptorType)


def _has_setter(tp):
    if issubclass(tp, _DATA_DESCRIPTOR_TYPES):
        return True
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (it defines
    __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    return _has_setter(type(object))


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    """Return true if the object is a generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return (_AsyncGeneratorType is not None
            and isinstance(object, _AsyncGeneratorType))


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return _CoroutineType is not None and isinstance(object, _CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an `await` expression."""
    if iscoroutine(object):
        return True
    if (isinstance(object, types.GeneratorType)
            and object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    return hasattr(type(object), '__await__')


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BuiltinType) and not _unbound_builtin(object)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType) and \
        type(object) is not _BuiltinType


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if not isinstance(object, _ABCMeta()):
        return False
    if hasattr(object, '__abstractmethods__'):
        return False
    # The class is being built (__init_subclass__): look at its namespace.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(object, name, None)
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


def _ABCMeta():
    import abc
    return abc.ABCMeta


# ---------------------------------------------------------------- members

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # Class attributes reached through __getattr__ of the metaclass
        # (DynamicClassAttribute) are listed in the bases' namespaces.
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by
    name. Optionally, only return members that satisfy a given predicate."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but without running descriptors or
    __getattr__ (values come from getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Return a list of Attribute(name, kind, defining_class, object) for
    the attributes of a class; kind is 'class method', 'static method',
    'property', 'method' or 'data'."""
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        homecls = None
        obj = None
        for base in mro:
            if name in base.__dict__:
                homecls = base
                obj = base.__dict__[name]
                break
        if homecls is None:
            try:
                obj = getattr(cls, name)
            except AttributeError:
                continue
            homecls = getattr(obj, '__objclass__', None) or cls
        if isinstance(obj, staticmethod):
            kind = 'static method'
        elif isinstance(obj, classmethod):
            kind = 'class method'
        elif isinstance(obj, property):
            kind = 'property'
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution
    order."""
    return cls.__mro__


def getclasstree(classes, unique=False):
    """Arrange the given list of classes into a hierarchy of nested
    lists."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walktree(roots, children, None)


def walktree(classes, children, parent):
    """Recursive helper function for getclasstree()."""
    return _walktree(classes, children, parent)


def _walktree(classes, children, parent):
    results = []
    classes = sorted(classes, key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(_walktree(children[c], children, c))
    return results


# ---------------------------------------------------------------- unwrap

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last
    object; stop early when stop(f) is true."""
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit()
    while hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


# ---------------------------------------------------------------- docs

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def cleandoc(doc):
    """Clean up indentation from docstrings: strip the common leading
    whitespace of the second and later lines, and blank lines at the
    start and end."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None),
                                     '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None:
            return None
        if getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, functools.partial):
        return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """Get the documentation string for an object, cleaned up with
    cleandoc(); if it has none, look for one in the classes it inherits
    from."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------- files

def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getmodulename(path):
    """Return the module name for a given file, or None."""
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if fname.endswith(suffix) and len(fname) > len(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source.
    Return None if no way can be identified to get the source."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif not filename.endswith('.py') and os.path.splitext(filename)[1]:
        return None
    if filename in linecache.cache:
        return filename
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None and \
            hasattr(module.__loader__, 'get_source'):
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an
    object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    absfile = os.path.normcase(os.path.abspath(_filename))
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if isinstance(f, str) and \
                os.path.normcase(os.path.abspath(f)) == absfile:
            return module
    main = sys.modules.get('__main__')
    if main is not None and isframe(object) or iscode(object):
        return None
    builtin = sys.modules['builtins']
    if hasattr(object, '__name__') and \
            getattr(builtin, object.__name__, None) is object:
        return builtin
    return None


# ---------------------------------------------------------------- source

class _Scan:
    """Splits source lines into logical lines: (first, last, indent,
    kind) with kind 'code', 'comment' or 'blank'. Strings, brackets and
    backslash continuations are followed, so a logical line may span
    several physical ones."""

    def __init__(self, lines):
        self.lines = lines

    def logical(self, start):
        lines = self.lines
        i = start
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.strip()
            if not stripped:
                yield i, i, None, 'blank'
                i += 1
                continue
            indent = indentsize(line)
            if stripped.startswith('#'):
                yield i, i, indent, 'comment'
                i += 1
                continue
            first = i
            depth = 0
            quote = None
            while i < n:
                line = lines[i]
                j = 0
                m = len(line)
                cont = False
                while j < m:
                    ch = line[j]
                    if quote is not None:
                        if ch == '\\':
                            j += 2
                            continue
                        if line.startswith(quote, j):
                            j += len(quote)
                            quote = None
                            continue
                        j += 1
                        continue
                    if ch == '#':
                        break
                    if ch in '\'"':
                        if line.startswith(ch * 3, j):
                            quote = ch * 3
                            j += 3
                        else:
                            quote = ch
                            j += 1
                        continue
                    if ch in '([{':
                        depth += 1
                    elif ch in ')]}':
                        depth = max(0, depth - 1)
                    elif ch == '\\' and line[j + 1:].strip() == '':
                        cont = True
                    j += 1
                if quote is not None and len(quote) == 1:
                    quote = None
                i += 1
                if quote is None and depth == 0 and not cont:
                    break
            yield first, i - 1, indent, 'code'


def _ends_with_colon_body(text):
    # The header `def f(): return 1` carries its body on the same line.
    s = text.rstrip()
    return not s.endswith(':')


def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    scan = _Scan(lines)
    it = scan.logical(0)
    last = 0
    header_indent = None
    body_indent = None
    in_body = False
    for first, end, indent, kind in it:
        if kind == 'blank':
            continue
        if not in_body:
            if kind == 'comment':
                continue
            text = ''.join(lines[first:end + 1])
            last = end + 1
            if header_indent is None:
                header_indent = indent
            s = text.strip()
            if s.startswith('@'):
                continue
            if s.startswith(('def ', 'class ', 'async ')) or \
                    s.startswith(('def\t', 'class\t')):
                if not _logical_ends_with_colon(text):
                    return lines[:last]
                in_body = True
                continue
            return lines[:last]
        if kind == 'comment':
            if body_indent is not None and indent >= body_indent:
                last = end + 1
            continue
        if indent <= header_indent:
            break
        if body_indent is None:
            body_indent = indent
        last = end + 1
    return lines[:last]


def _logical_ends_with_colon(text):
    # Drop a trailing comment, then look at the last character.
    out = []
    quote = None
    j = 0
    while j < len(text):
        ch = text[j]
        if quote is not None:
            if ch == '\\':
                out.append(text[j:j + 2])
                j += 2
                continue
            if text.startswith(quote, j):
                out.append(quote)
                j += len(quote)
                quote = None
                continue
            out.append(ch)
            j += 1
            continue
        if ch == '#':
            while j < len(text) and text[j] != '\n':
                j += 1
            continue
        if ch in '\'"':
            quote = ch * 3 if text.startswith(ch * 3, j) else ch
            out.append(quote)
            j += len(quote)
            continue
        out.append(ch)
        j += 1
    return ''.join(out).rstrip().rstrip('\\').rstrip().endswith(':')


def findsource(object):
    """Return the entire source file and starting line number (0-based)
    for an object."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        return lines, _find_class(lines, object.__qualname__)

    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            try:
                line = lines[lnum]
            except IndexError:
                raise OSError('lineno is out of bounds')
            if _is_def_line(line):
                break
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def _is_def_line(line):
    s = line.lstrip()
    if s.startswith(('def ', 'def\t', '@')):
        return True
    if s.startswith('async') and s[5:].lstrip().startswith('def') and \
            s[5:6] in (' ', '\t'):
        return True
    k = line.find('lambda')
    while k >= 0:
        before = line[k - 1] if k > 0 else ' '
        after = line[k + 6:k + 7]
        if not (before.isalnum() or before == '_') and \
                after in (':', ' ', '\t'):
            return True
        k = line.find('lambda', k + 1)
    return False


def _find_class(lines, qualname):
    # Walk the nesting given by the qualified name: each part must be a
    # `class` (or `def`, for `<locals>`) statement inside the previous one.
    parts = [p for p in qualname.split('.') if p != '<locals>']
    scan = _Scan(lines)
    start = 0
    lo_indent = -1
    found = None
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        found = None
        decorator = None
        for first, end, indent, kind in scan.logical(start):
            if kind != 'code':
                continue
            if indent <= lo_indent:
                break
            s = lines[first].strip()
            if s.startswith('@'):
                if decorator is None:
                    decorator = first
                continue
            word = s.split(None, 1)
            if len(word) == 2 and word[0] in ('class', 'def') and \
                    _leading_name(word[1]) == part and \
                    (word[0] == 'class' or not last):
                found = (decorator if decorator is not None else first,
                         first, indent)
                break
            decorator = None
        if found is None:
            raise OSError('could not find class definition')
        start = found[1] + 1
        lo_indent = found[2]
    return found[0]


def _leading_name(text):
    i = 0
    while i < len(text) and (text[i].isalnum() or text[i] == '_'):
        i += 1
    return text[:i]


def getcomments(object):
    """Get lines of comments immediately preceding an object's source
    code, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
                indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def getsourcelines(object):
    """Return a list of source lines and starting line number for an
    object (the line number is 0 for a module)."""
    object = _unwrap_for_source(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object)
                            and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def _unwrap_for_source(object):
    # unwrap(), also through staticmethod and classmethod objects (whose
    # __wrapped__ Kaa does not provide).
    def descriptor(f):
        return isinstance(f, (staticmethod, classmethod))
    for _ in range(sys.getrecursionlimit()):
        if descriptor(object):
            object = object.__func__
        elif hasattr(object, '__wrapped__'):
            object = unwrap(object, stop=descriptor)
            if not descriptor(object):
                break
        else:
            break
    return object


def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------- frames

Positions = collections.namedtuple(
    'Positions', 'lineno end_lineno col_offset end_col_offset',
    defaults=(None, None, None, None))

_Traceback = collections.namedtuple(
    '_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """(filename, lineno, function, code_context, index), and the
    instruction's `positions`."""

    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


_FrameInfo = collections.namedtuple(
    '_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    """A frame and its Traceback fields, and the instruction's
    `positions`."""

    def __new__(cls, frame, filename, lineno, function, code_context, index,
                *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                'function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _positions(code, lasti, lineno):
    # Kaa's code objects have no co_positions (no column information):
    # the line is all that is known then.
    get = getattr(code, 'co_positions', None)
    if get is not None and lasti >= 0:
        try:
            return Positions(*list(get())[lasti // 2])
        except (IndexError, TypeError):
            pass
    return Positions(lineno, lineno, None, None)


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object: a Traceback
    (filename, lineno, function, code_context, index)."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        lasti = getattr(frame, 'tb_lasti', -1)
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        lasti = frame.f_lasti
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(
            frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_positions(frame.f_code, lasti, lineno))


def getouterframes(frame, context=1):
    """Get a list of FrameInfo records for a frame and all higher
    (calling) frames."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """Get a list of FrameInfo records for a traceback's frame and all
    lower frames."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info,
                                   positions=info.positions))
        tb = tb.tb_next
    return framelist


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """Return a list of FrameInfo records for the stack above the
    caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of FrameInfo records for the stack between the
    current frame and the frame in which an exception was raised."""
    return getinnerframes(sys.exc_info()[2], context)


def getgeneratorstate(generator):
    """Get current state of a generator-iterator: GEN_CREATED,
    GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their values."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object: CORO_CREATED,
    CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their values."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


ClosureVars = collections.namedtuple(
    'ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """Get the mapping of free variables to their current values:
    ClosureVars(nonlocals, globals, builtins, unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in
                         zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    names = set(code.co_names)
    stack = [code]
    while stack:
        c = stack.pop()
        for const in c.co_consts:
            if iscode(const):
                names.update(const.co_names)
                stack.append(const)
    for name in names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars,
                       unbound_names)


# ---------------------------------------------------------------- static

_sentinel = object()


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            d = entry.__dict__
            if attr in d:
                return d[attr]
    return _sentinel


def _static_getmro(klass):
    mro = type.__dict__['__mro__']
    if hasattr(mro, '__get__'):
        return mro.__get__(klass)
    return klass.__mro__


def _shadowed_dict(klass):
    for entry in _static_getmro(klass):
        d = entry.__dict__.get('__dict__', _sentinel) \
            if isinstance(entry.__dict__, dict) else _sentinel
        if d is not _sentinel and \
                type(d) is not types.GetSetDescriptorType:
            return d
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve attributes without triggering dynamic lookup via the
    descriptor protocol, __getattr__ or __getattribute__."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or type(dict_attr) is \
                types.MemberDescriptorType:
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj

    klass_result = _check_class(klass, attr)

    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _check_class(type(klass_result), '__get__') is not _sentinel and (
                _check_class(type(klass_result), '__set__') is not _sentinel
                or _check_class(type(klass_result), '__delete__')
                is not _sentinel
                or isinstance(klass_result, _DATA_DESCRIPTOR_TYPES)):
            return klass_result

    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result

    if obj is klass:
        # for types we check the metaclass too
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object (a class, module or
    callable); with eval_str=True, string annotations are evaluated."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_target = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_target = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_target = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if unwrap_target is not None:
        while True:
            if hasattr(unwrap_target, '__wrapped__'):
                unwrap_target = unwrap_target.__wrapped__
                continue
            if isinstance(unwrap_target, functools.partial):
                unwrap_target = unwrap_target.func
                continue
            break
        if hasattr(unwrap_target, '__globals__'):
            obj_globals = unwrap_target.__globals__

    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str)
            else eval(value, globals, locals)
            for key, value in ann.items()}


def formatannotation(annotation, base_module=None):
    """Format an annotation the way signatures print it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# ---------------------------------------------------------------- argspec

FullArgSpec = collections.namedtuple(
    'FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')

ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Get information about the arguments accepted by a code object:
    Arguments(args, varargs, varkw)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args, varargs, varkw)


def getfullargspec(func):
    """Get the names and default values of a callable object's
    parameters, as FullArgSpec(args, varargs, varkw, defaults,
    kwonlyargs, kwonlydefaults, annotations)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex

    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}

    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation

    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation

    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


def getargvalues(frame):
    """Get information about arguments passed into a particular frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the 4 values returned by
    getargvalues."""
    def convert(name, locals=locals,
                formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = '{} and {}'.format(*names)
    else:
        tail = ', {} and {}'.format(*names[-2:])
        del names[-2:]
        s = ', '.join(names) + tail
    raise TypeError('%s() missing %i required %s argument%s: %s' %
                    (f_name, missing,
                     'positional' if pos else 'keyword-only',
                     '' if missing == 1 else 's', s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        msg = ' positional argument%s (and %d keyword-only argument%s)'
        kwonly_sig = (msg % ('s' if given != 1 else '', kwonly_given,
                             's' if kwonly_given != 1 else ''))
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' %
                    (f_name, sig, 's' if plural else '', given, kwonly_sig,
                     'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values that a call
    func(*positional, **named) would make."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}

    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0

    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' %
                                (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError('%s() got multiple values for argument %r' %
                            (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults,
                  num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


# ---------------------------------------------------------------- signature

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature: name, kind, default and
    annotation. Parameters are immutable: use replace() for a changed
    copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            # Implicit argument of a comprehension's code object.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as '
                       'positional or keyword arguments, not {}')
                raise ValueError(msg.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        """Create a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                        formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind(): the mapping of parameter names to
    arguments (`arguments`), and the `args`/`kwargs` to call with."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                # We're done here. Other arguments will be mapped in
                # 'BoundArguments.kwargs'
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (an empty tuple for
        *args, an empty dict for **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: an ordered mapping of
    Parameters (`parameters`) and a `return_annotation`."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} '
                           'parameter')
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            msg = 'non-default argument follows default ' \
                                  'argument'
                            raise ValueError(msg)
                    else:
                        seen_default = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Create a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)

        while True:
            # Consume positional arguments.
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments.
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, ' \
                                  'but was passed as a keyword'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or
                          param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
            else:
                # A positional argument: find its parameter.
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError(
                            'too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and \
                            param.kind != _POSITIONAL_ONLY:
                        raise TypeError(
                            'multiple values for argument {arg!r}'.format(
                                arg=param.name)) from None
                    arguments[param.name] = arg_val

        # Now, keyword arguments.
        kwargs_param = None
        for param in _chain(parameters_ex, parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.
                                    format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.format(
                                        arg=param.name))
                arguments[param_name] = arg_val

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.
                                format(arg=next(iter(kwargs))))

        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments to the parameters: a BoundArguments, or
        TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _chain(first, rest):
    yield from first
    yield from rest


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


def _signature_is_functionlike(obj):
    # Objects that look like Python functions (Cython-style): they have
    # a code object and the function attributes signature() needs.
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False):
    """Private helper: constructs Signature for the given python
    function."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))

    s = getattr(func, '__text_signature__', None)
    if s:
        raise ValueError('no signature found for {!r}'.format(func))

    Parameter = cls._parameter_cls

    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__

    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count

    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        if posonly_left:
            posonly_left -= 1
        annotation = annotations.get(name, _empty)
        if i < non_default_count:
            parameters.append(Parameter(name, annotation=annotation,
                                        kind=kind))
        else:
            parameters.append(Parameter(
                name, annotation=annotation, kind=kind,
                default=defaults[i - non_default_count]))

    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation,
                                    kind=_VAR_POSITIONAL))
        index += 1

    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation,
                                    kind=_KEYWORD_ONLY, default=default))

    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation,
                                    kind=_VAR_KEYWORD))

    return cls(parameters,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_bound_method(sig):
    """Drop the first parameter (self) of a signature."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature of a functools.partial: what the wrapped callable
    still needs once the partial's arguments are given."""
    old_params = wrapped_sig.parameters
    new_params = dict(old_params.items())
    order = list(old_params)

    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}

    if extra_args:
        partial_args = extra_args + partial_args

    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex

    def move_to_end(name):
        order.remove(name)
        order.append(name)

    def pop(name):
        order.remove(name)
        del new_params[name]

    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)

        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                pop(param.name)

    return wrapped_sig.replace(parameters=[new_params[n] for n in order])


def _signature_get_user_defined_method(cls, method_name):
    """A method of cls defined in Python (not a slot of a built-in
    type), or None."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _BuiltinType) or type(meth).__name__ in (
            'wrapper_descriptor', 'method-wrapper',
            'classmethod_descriptor', 'method_descriptor'):
        return None
    return meth


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    s = getattr(func, '__text_signature__', None)
    if not s:
        raise ValueError('no signature found for builtin {!r}'.format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """The Signature a built-in's `__text_signature__` describes, such as
    `($module, iterable, /, *, key=None, reverse=False)`: the part after the
    `$` parameter (the module, type or instance the built-in is bound to)
    is a Python parameter list, compiled as one to read it."""
    invalid = ValueError('{!r} builtin has invalid signature'.format(obj))
    s = s.strip()
    if not (s.startswith('(') and s.endswith(')')):
        raise invalid
    params = s[1:-1].strip()
    bound_name = None
    if params.startswith('$'):
        first, _, params = params.partition(',')
        bound_name = first[1:].strip()
        params = params.strip()
        # A `/` right after it: only the bound parameter was positional-only.
        if params.startswith('/'):
            params = params[1:].lstrip(' ,\n')
    if '<unrepresentable>' in params:
        raise invalid
    namespace = {}
    try:
        exec('def _text_signature(%s): pass' % params, {'__builtins__': {}}, namespace)
    except Exception:
        raise invalid from None
    sig = _signature_from_function(cls, namespace['_text_signature'])
    # `$module`: a module's function is always bound to its module (even
    # where Kaa's `__self__` is None, as for `open`).
    if bound_name is not None and bound_name != 'module':
        bound_to = getattr(obj, '__self__', None)
        if bound_to is None or not (ismodule(bound_to) or skip_bound_arg):
            self_param = cls._parameter_cls(bound_name, kind=_POSITIONAL_ONLY)
            sig = sig.replace(parameters=[self_param, *sig.parameters.values()])
    return sig


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    """Private helper function to get signature for arbitrary callable
    objects."""

    def again(o):
        return _signature_from_callable(
            o, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        # In this case we skip the first parameter of the underlying
        # function (usually `self` or `cls`).
        sig = again(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, '__signature__')))
        if isinstance(obj, types.MethodType):
            return again(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(
                    'unexpected object {!r} in __signature__ '
                    'attribute'.format(sig))
            return sig

    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            wrapped_sig = again(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first_wrapped_param = tuple(wrapped_sig.parameters.values())[0]
            if first_wrapped_param.kind is Parameter.VAR_POSITIONAL:
                return sig
            sig_params = tuple(sig.parameters.values())
            new_params = (first_wrapped_param,) + sig_params
            return sig.replace(parameters=new_params)

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    if isinstance(obj, _BuiltinType):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        wrapped_sig = again(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = again(call)
        else:
            factory_method = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory_method = new
                    break
                elif init is not None and '__init__' in base.__dict__:
                    factory_method = init
                    break
            if factory_method is not None:
                sig = again(factory_method)

        if sig is None:
            for base in obj.__mro__[:-1]:
                text_sig = getattr(base, '__text_signature__', None)
                if text_sig:
                    raise ValueError(
                        'no signature found for builtin type {!r}'.format(
                            obj))
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and \
                        obj.__new__ is object.__new__:
                    return sigcls()
                raise ValueError(
                    'no signature found for builtin type {!r}'.format(obj))
            raise ValueError(
                'no signature found for builtin {!r}'.format(obj))
    elif not isinstance(obj, _BuiltinType):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as ex:
                msg = 'no signature found for {!r}'.format(obj)
                raise ValueError(msg) from ex

    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if isinstance(obj, types.BuiltinFunctionType):
        msg = 'no signature found for builtin function {!r}'.format(obj)
        raise ValueError(msg)

    raise ValueError('callable {!r} is not supported by signature'.format(obj))
