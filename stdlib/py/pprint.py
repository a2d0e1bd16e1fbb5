"""Pretty-printing of Python data structures.

pprint(object, stream=None, ...)  -- print object laid out over several
                                     lines when it is too wide
pformat(object, ...)              -- the same text as a string
pp(object, ...)                   -- pprint with sort_dicts=False
saferepr(object)                  -- repr() that survives recursive data
isreadable(object)                -- can eval() rebuild saferepr(object)?
isrecursive(object)               -- does object contain itself?
PrettyPrinter                     -- the class behind all of them

Kaa note: the types of `collections`, `types` (MappingProxyType) and
`dataclasses` get their layouts once those modules have been imported:
pprint does not import them itself, and none of their objects can exist
before.
"""

import builtins as _builtins
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write object, laid out by a PrettyPrinter with these settings, and
    a newline to stream (sys.stdout if None)."""
    printer = PrettyPrinter(
        stream=stream, indent=indent, width=width, depth=depth,
        compact=compact, sort_dicts=sort_dicts,
        underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the text pprint() would write for object, without the final
    newline."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers
                         ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dict items in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object) on one line, with recursive references shown as
    <Recursion on ...> instead of recursing without end."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True if eval() could rebuild object from saferepr(object)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True if object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders any objects: by their own '<' when they have
    one, else by type name and then id (so that mixed keys still sort)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    """Sort key of a (key, value) pair."""
    return _safe_key(t[0]), _safe_key(t[1])


class _Output:
    """The least of io.StringIO that pformat needs."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        self._parts.append(text)

    def getvalue(self):
        return ''.join(self._parts)


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


# Types whose repr is always readable and never recursive.
_builtin_scalars = frozenset(
    [str, bytes, float, bool, type(None)]
    + [t for t in (getattr(_builtins, 'bytearray', None),
                   getattr(_builtins, 'complex', None))
       if isinstance(t, type)])

# The type of sys.implementation is types.SimpleNamespace.
_SimpleNamespace = type(_sys.implementation)


def _split_at_spaces(line):
    """line cut after each run of whitespace: ["a ", "b  ", "c"] for
    "a b  c" (a leading run of whitespace is a part of its own)."""
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _generated_dataclass_repr(object):
    """True if object is a dataclass instance whose __repr__ is the one
    the dataclass decorator wrote (so that its fields can be laid out)."""
    dataclasses = _sys.modules.get('dataclasses')
    if dataclasses is None or isinstance(object, type):
        return False
    try:
        if not dataclasses.is_dataclass(object):
            return False
        if not object.__dataclass_params__.repr:
            return False
        method = object.__repr__
    except Exception:
        return False
    # CPython wraps the generated function, "__create_fn__.<locals>.__repr__";
    # Kaa's dataclasses installs it as it is.
    wrapped = getattr(method, '__wrapped__', None)
    if wrapped is not None:
        return "__create_fn__" in getattr(wrapped, '__qualname__', '')
    code = getattr(getattr(method, '__func__', method), '__code__', None)
    return "__create_fn__" in getattr(code, 'co_qualname', '')


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """A pretty-printer with these settings:

        indent: spaces added for each level of nesting;
        width: the number of columns the output tries to stay within;
        depth: how many levels of nesting are shown ('...' below);
        stream: where pprint() writes (sys.stdout as it is now if None);
        compact: put as many items of a sequence on a line as fit;
        sort_dicts: show dict items sorted by key, else in insertion order;
        underscore_numbers: show ints with '_' between digit groups.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sio = _Output()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            p = self._dispatch.get(type(object).__repr__, None)
            if p is None:
                p = _late_dispatch(type(object))
            if p is not None:
                context[objid] = 1
                p(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            elif _generated_dataclass_repr(object):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance,
                                       context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        dataclasses = _sys.modules['dataclasses']
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        self._format(list(object.items()), stream,
                     indent + len(cls.__name__) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1,
                           context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar),
                           context, level)
        stream.write(endchar)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(endchar),
                           context, level)
        stream.write(endchar)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                # Cut the line after runs of whitespace, filling each
                # piece as far as the width allows.
                parts = _split_at_spaces(line)
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            if not delim:
                delim = '\n' + ' ' * indent
        if parens:
            write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        write = stream.write
        write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance,
                             context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        if type(object) is _SimpleNamespace or type(object) is getattr(
                _sys.modules.get('types'), 'SimpleNamespace', None):
            # repr() calls the class itself "namespace"; its subclasses
            # go by their own names.
            cls_name = 'namespace'
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = object.__dict__.items()
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    _dispatch[_SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2,
                         allowance if last else 1,
                         context, level)
            if not last:
                write(delimnl)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        write = stream.write
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            write(key)
            write('=')
            if id(ent) in context:
                # A field holding an object being printed: "...", as the
                # repr of a recursive dataclass shows it.
                write("...")
            else:
                self._format(ent, stream, indent + len(key) + 1,
                             allowance if last else 1,
                             context, level)
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context,
                      level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent,
                         allowance if last else 1,
                         context, level)

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return repr

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object: its one-line
        representation, whether eval() could rebuild it, and whether it
        contains itself.  Subclasses override this to change how objects
        are shown; context maps the ids of the objects being shown."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        stream.write('%s(%s,\n%s' % (cls.__name__, rdf, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream,
                                indent + len(cls.__name__) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2,
                               context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, rml))

    def _pprint_user_dict(self, object, stream, indent, allowance, context,
                          level):
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    def _pprint_user_list(self, object, stream, indent, allowance, context,
                          level):
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    def _pprint_user_string(self, object, stream, indent, allowance,
                            context, level):
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        own_repr = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._safe_repr_items(object, "{%s}", "{...}", True,
                                         context, maxlevels, level)
        if issubclass(typ, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_repr_items(object, "[%s]", "[...]", False,
                                         context, maxlevels, level)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_repr_items(object, template, template % "...",
                                         False, context, maxlevels, level)
        text = repr(object)
        # (An empty repr gives '' as "readable", as in CPython.)
        return text, (text and not text.startswith('<')), False

    def _safe_repr_items(self, container, template, cut, is_dict, context,
                         maxlevels, level):
        """_safe_repr of a non-empty dict, list or tuple: its items'
        _safe_repr (through self.format) joined into template, or cut
        below the depth limit."""
        key = id(container)
        if maxlevels and level >= maxlevels:
            return cut, False, key in context
        if key in context:
            return _recursion(container), False, True
        context[key] = 1
        readable = True
        recursive = False
        pieces = []
        level += 1
        if is_dict:
            items = container.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            for k, v in items:
                ktext, kreadable, krecursive = self.format(
                    k, context, maxlevels, level)
                vtext, vreadable, vrecursive = self.format(
                    v, context, maxlevels, level)
                pieces.append("%s: %s" % (ktext, vtext))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
        else:
            for item in container:
                text, item_readable, item_recursive = self.format(
                    item, context, maxlevels, level)
                pieces.append(text)
                if not item_readable:
                    readable = False
                recursive = recursive or item_recursive
        del context[key]
        return template % ", ".join(pieces), readable, recursive


# Printers for types that live in modules pprint does not import: they are
# found through _late_dispatch once their module has been imported.
_LATE_PRINTERS = (
    ('collections', 'OrderedDict', PrettyPrinter._pprint_ordered_dict),
    ('collections', 'defaultdict', PrettyPrinter._pprint_default_dict),
    ('collections', 'Counter', PrettyPrinter._pprint_counter),
    ('collections', 'ChainMap', PrettyPrinter._pprint_chain_map),
    ('collections', 'deque', PrettyPrinter._pprint_deque),
    ('collections', 'UserDict', PrettyPrinter._pprint_user_dict),
    ('collections', 'UserList', PrettyPrinter._pprint_user_list),
    ('collections', 'UserString', PrettyPrinter._pprint_user_string),
    ('types', 'MappingProxyType', PrettyPrinter._pprint_mappingproxy),
    ('types', 'SimpleNamespace', PrettyPrinter._pprint_simplenamespace),
    ('builtins', 'bytearray', PrettyPrinter._pprint_bytearray),
)
_late_registered = set()


def _late_dispatch(typ):
    """Register the printers of _LATE_PRINTERS whose module is loaded, and
    return the printer for typ's __repr__ (or None)."""
    for module_name, attr, printer in _LATE_PRINTERS:
        if (module_name, attr) in _late_registered:
            continue
        cls = getattr(_sys.modules.get(module_name), attr, None)
        if not isinstance(cls, type):
            continue
        _late_registered.add((module_name, attr))
        method = cls.__repr__
        if method is not object.__repr__:
            PrettyPrinter._dispatch.setdefault(method, printer)
    return PrettyPrinter._dispatch.get(typ.__repr__, None)
