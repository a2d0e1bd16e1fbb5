"""A collection of string constants and classes.

Public names:

whitespace -- the ASCII whitespace characters
ascii_lowercase, ascii_uppercase, ascii_letters -- ASCII letters
digits, hexdigits, octdigits -- the digits of bases 10, 16 and 8
punctuation -- ASCII punctuation characters
printable -- the concatenation of digits, letters, punctuation, whitespace

capwords(s, sep=None) -- capitalize each word of s
Template -- $-substitution in strings (PEP 292)
Formatter -- str.format() written in Python, with hooks to override

Kaa note: Template's default syntax is scanned by hand (Kaa has no `re`
module yet); a subclass that sets its own `pattern`, `idpattern` or
`braceidpattern` is matched with the `re` module, and so needs one.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import builtins as _builtins
import sys as _sys

# bytes and the other bytes-like built-in types that this Kaa has.
_bytes_like = tuple(t for t in (bytes, getattr(_builtins, 'bytearray', None),
                                getattr(_builtins, 'memoryview', None))
                    if isinstance(t, type))

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word with
    str.capitalize and join them with sep (a single space if sep is None).
    Without sep, runs of whitespace collapse and leading and trailing
    whitespace disappear."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template
####################################################################

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_RE_IGNORECASE = 2           # re.IGNORECASE's value


def _load_re():
    """The re module if it can be imported (Kaa may not have it yet)."""
    try:
        import re
        re.compile
    except (ImportError, AttributeError):
        return None
    return re


class _KwargsFirst:
    """The lookup of substitute(mapping, **kws): kws first, then mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            pass
        return self._second[key]


_sentinel_dict = {}


def _is_ascii_letter(ch, ignore_case):
    if 'a' <= ch <= 'z':
        return True
    return ignore_case and 'A' <= ch <= 'Z'


class Template:
    """A template string with $name and ${name} placeholders (PEP 292),
    filled in by substitute() and safe_substitute()."""

    delimiter = '$'
    # r'[a-z]' matches A-Z too because of the IGNORECASE flag; (?a:...)
    # keeps non-ASCII letters out.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _RE_IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        _prepare_template_class(cls)

    def __init__(self, template):
        self.template = template

    # --- scanning -------------------------------------------------

    def _matches(self):
        """Yield (start, end, escaped, named, braced, invalid_at) for each
        placeholder of the template, from left to right; the three middle
        items are strings or None, invalid_at is the index just after the
        delimiter of an ill-formed placeholder, or None."""
        template = self.template
        if not isinstance(template, str):
            if isinstance(template, _bytes_like):
                raise TypeError(
                    'cannot use a string pattern on a bytes-like object')
            raise TypeError('expected string or bytes-like object, got %r'
                            % type(template).__name__)
        cls = type(self)
        if _class_uses_regex(cls):
            return _regex_matches(cls, template)
        return _scan_default(template, cls.delimiter,
                             bool(int(cls.flags) & _RE_IGNORECASE))

    def _invalid(self, invalid_at):
        head = self.template[:invalid_at]
        lines = head.splitlines(keepends=True)
        if not lines:
            lineno = colno = 1
        else:
            lineno = len(lines)
            colno = invalid_at - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern',
                         getattr(type(self), 'pattern', None))

    # --- public API -----------------------------------------------

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _KwargsFirst(kws, mapping)
        template = self.template
        out = []
        pos = 0
        for start, end, escaped, named, braced, invalid_at in self._matches():
            out.append(template[pos:start])
            pos = end
            name = named or braced
            if name is not None:
                out.append(str(mapping[name]))
            elif escaped is not None:
                out.append(self.delimiter)
            elif invalid_at is not None:
                self._invalid(invalid_at)
            else:
                self._unrecognized()
        out.append(template[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _KwargsFirst(kws, mapping)
        template = self.template
        out = []
        pos = 0
        for start, end, escaped, named, braced, invalid_at in self._matches():
            out.append(template[pos:start])
            pos = end
            name = named or braced
            if name is not None:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(template[start:end])
            elif escaped is not None:
                out.append(self.delimiter)
            elif invalid_at is not None:
                out.append(template[start:end])
            else:
                self._unrecognized()
        out.append(template[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, escaped, named, braced, invalid_at in self._matches():
            if invalid_at is not None:
                return False
            if named is None and braced is None and escaped is None:
                self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for start, end, escaped, named, braced, invalid_at in self._matches():
            name = named or braced
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif invalid_at is None and escaped is None:
                self._unrecognized()
        return ids


def _class_uses_regex(cls):
    """True if cls's placeholder syntax is not the default one (with any
    delimiter and flags), so that only a regular expression can match it."""
    if 'pattern' in cls.__dict__:
        return True
    if cls.idpattern != _DEFAULT_IDPATTERN:
        return True
    return cls.braceidpattern not in (None, _DEFAULT_IDPATTERN)


def _prepare_template_class(cls):
    """What CPython does when a Template class is created: compile its
    pattern.  Here that is done only when a regular expression is needed
    and can be had; the default syntax is scanned by hand."""
    delimiter = cls.delimiter
    if not isinstance(delimiter, (str,) + _bytes_like):
        # The error re.escape(delimiter) gives in CPython.
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(delimiter).__name__)
    if not _class_uses_regex(cls):
        return
    re = _load_re()
    if re is None:
        return       # _regex_matches reports it on first use
    cls.pattern = re.compile(_pattern_source(cls, re),
                             cls.flags | re.VERBOSE)


def _pattern_source(cls, re):
    if 'pattern' in cls.__dict__:
        return cls.pattern
    delim = re.escape(cls.delimiter)
    ident = cls.idpattern
    bident = cls.braceidpattern or cls.idpattern
    return (
        delim + '(?:\n'
        '  (?P<escaped>' + delim + ')  |\n'
        '  (?P<named>' + ident + ')  |\n'
        '  {(?P<braced>' + bident + ')}  |\n'
        '  (?P<invalid>)\n'
        ')\n')


def _regex_matches(cls, template):
    pattern = cls.__dict__.get('pattern')
    if pattern is None or isinstance(pattern, str):
        re = _load_re()
        if re is None:
            raise NotImplementedError(
                'string.Template: a custom pattern, idpattern or '
                'braceidpattern needs the re module')
        pattern = re.compile(_pattern_source(cls, re), cls.flags | re.VERBOSE)
        cls.pattern = pattern
    for mo in pattern.finditer(template):
        invalid = mo.group('invalid')
        yield (mo.start(), mo.end(), mo.group('escaped'), mo.group('named'),
               mo.group('braced'),
               None if invalid is None else mo.start('invalid'))


def _find_delimiter(text, delim, start, ignore_case):
    """Index of the first occurrence of delim in text at or after start,
    or -1; with ignore_case letters match whatever their case."""
    if not ignore_case or delim.lower() == delim.upper():
        return text.find(delim, start)
    folded = delim.lower()
    size = len(delim)
    last = len(text) - size
    i = start
    while i <= last:
        if text[i:i + size].lower() == folded:
            return i
        i += 1
    return -1


def _scan_default(text, delim, ignore_case):
    """The hand-written form of Template's default pattern:
         delim delim          escaped delimiter
         delim identifier     named placeholder
         delim { identifier } braced placeholder
         delim                anything else: invalid placeholder
    where an identifier is an ASCII letter or '_' followed by ASCII
    letters, digits and '_' (letters of both cases with ignore_case, only
    lower-case ones without)."""
    size = len(delim)
    if size == 0:
        yield from _scan_empty_delimiter(text, ignore_case)
        return
    n = len(text)
    i = 0
    while True:
        p = _find_delimiter(text, delim, i, ignore_case)
        if p < 0:
            return
        j = p + size
        if _find_delimiter(text[j:j + size], delim, 0, ignore_case) == 0:
            yield p, j + size, text[j:j + size], None, None, None
            i = j + size
            continue
        found = _placeholder_at(text, j, ignore_case)
        if found is not None:
            k, named, braced = found
            yield p, k, None, named, braced, None
            i = k
            continue
        yield p, j, None, None, None, j
        i = j


def _scan_empty_delimiter(text, ignore_case):
    """_scan_default for delimiter '': an empty "escaped" match at every
    position, and after it (a regular expression search must then move
    on) a named or braced placeholder starting there, if any."""
    n = len(text)
    p = 0
    while p <= n:
        yield p, p, '', None, None, None
        found = _placeholder_at(text, p, ignore_case)
        if found is not None:
            k, named, braced = found
            yield p, k, None, named, braced, None
            p = k
            continue
        p += 1


def _placeholder_at(text, j, ignore_case):
    """The placeholder after a delimiter, starting at ``j``: ``(end, name,
    None)`` for ``name``, ``(end, None, name)`` for ``{name}``, else None."""
    n = len(text)
    if j < n and (text[j] == '_' or _is_ascii_letter(text[j], ignore_case)):
        k = _identifier_end(text, j + 1, ignore_case)
        return k, text[j:k], None
    if (j + 1 < n and text[j] == '{'
            and (text[j + 1] == '_' or _is_ascii_letter(text[j + 1], ignore_case))):
        k = _identifier_end(text, j + 2, ignore_case)
        if k < n and text[k] == '}':
            return k + 1, None, text[j + 1:k]
    return None


def _identifier_end(text, i, ignore_case):
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '_' or '0' <= ch <= '9' or _is_ascii_letter(ch, ignore_case):
            i += 1
        else:
            break
    return i


####################################################################
# Formatter
####################################################################

def _parse_format(text):
    """Generator behind Formatter.parse: the hand-written equivalent of
    CPython's _string.formatter_parser.  Yields (literal_text, field_name,
    format_spec, conversion) tuples; the last three are None when no
    replacement field follows the literal text."""
    n = len(text)
    pos = 0
    while pos < n:
        # Literal text up to the next '{' or '}'.
        start = pos
        ch = ''
        markup = False
        while pos < n:
            ch = text[pos]
            pos += 1
            if ch == '{' or ch == '}':
                markup = True
                break
        at_end = pos >= n
        if ch == '}' and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and ch == '{':
            raise ValueError("Single '{' encountered in format string")
        length = pos - start
        if not at_end:
            if text[pos] == ch:          # '{{' or '}}': an escaped brace
                pos += 1
                markup = False
            else:
                length -= 1              # leave the '{' out
        literal = text[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, pos = _parse_field(text, pos)
        yield (literal, field_name, format_spec, conversion)


def _parse_field(text, pos):
    """Parse a replacement field that starts at pos, just after its '{'.
    Returns (field_name, format_spec, conversion, position after '}')."""
    n = len(text)
    name_start = pos
    ch = ''
    while pos < n:
        ch = text[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            # Inside brackets anything goes up to the next ']'.
            while pos < n and text[pos] != ']':
                pos += 1
            continue
        if ch == '}' or ch == ':' or ch == '!':
            break
    else:
        ch = ''
    if ch != '}' and ch != ':' and ch != '!':
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start:pos - 1]
    if ch == '}':
        return field_name, '', None, pos
    conversion = None
    if ch == '!':
        if pos >= n:
            raise ValueError(
                "end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if conversion == '\x00':
            conversion = None
        if pos < n:
            ch = text[pos]
            pos += 1
            if ch == '}':
                return field_name, '', conversion, pos
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < n:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


_MAX_INDEX = _sys.maxsize


def _as_index(text):
    """text as an int if it is made of decimal digits only, else None."""
    if not text:
        return None
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return None
        value = value * 10 + int(ch)
        if value > _MAX_INDEX:
            raise ValueError('Too many decimal digits in format string')
    return value


def _split_field_name(field_name):
    """The equivalent of _string.formatter_field_name_split: returns the
    first part (an int if it is all digits) and an iterator of
    (is_attribute, key) pairs for the rest, which reports errors lazily."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    index = _as_index(first)
    if index is not None:
        first = index
    return first, _field_name_rest(field_name, i)


def _field_name_rest(field_name, i):
    n = len(field_name)
    while i < n:
        ch = field_name[i]
        i += 1
        if ch == '.':
            start = i
            while i < n and field_name[i] != '.' and field_name[i] != '[':
                i += 1
            name = field_name[start:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
        elif ch == '[':
            start = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:i]
            i += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            index = _as_index(key)
            yield False, (key if index is None else index)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in "
                             "format field specifier")


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError('expected str, got %s' % type(value).__name__)


class Formatter:
    """str.format() as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is the next automatic number, or False once a
            # field was numbered by hand.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'
                         .format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples; field_name, format_spec and conversion are None
        when there is no replacement field after the literal text."""
        _check_str(format_string)
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Find the object a field name refers to: the first part is looked
        up with get_value, then each '.name' and '[key]' in turn.
        Returns (obj, first part)."""
        _check_str(field_name)
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
