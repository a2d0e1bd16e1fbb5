"""JSON decoding: JSONDecoder and JSONDecodeError, as CPython 3.11's
`json.decoder`.

The scanning itself is the Rust accelerator `_json` (`stdlib/src/json.rs`):
`scanstring` unescapes one string body and `json.scanner.make_scanner`
parses one whole value, calling the hooks of the decoder it was made from.
As in CPython, the accelerated scanner reads only the decoder's options
(`strict`, `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
`parse_constant`), not its `parse_object`/`parse_array` attributes.
"""

from json import scanner
from _json import scanstring as c_scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

scanstring = c_scanstring

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

# JSON's insignificant whitespace (str.strip's default set is larger).
_WS = ' \t\n\r'

try:
    _BINARY = (bytes, bytearray)
except NameError:   # a Kaa built without bytearray
    _BINARY = (bytes,)


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        """``object_hook``, if given, is called with every decoded JSON
        object (a dict) and its result replaces the dict;
        ``object_pairs_hook``, if given, is called instead with the object's
        list of (key, value) pairs in document order, and takes priority.

        ``parse_float``, ``parse_int`` and ``parse_constant``, if given,
        are called with the text of every JSON float, int, and of
        ``-Infinity``, ``Infinity`` and ``NaN``.

        With ``strict`` false, control characters are allowed inside
        strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        if not isinstance(s, str):
            if isinstance(s, _BINARY):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(s).__name__)
        start = len(s) - len(s.lstrip(_WS)) if s and s[0] in _WS else 0
        obj, end = self.raw_decode(s, idx=start)
        if end != len(s):
            rest = s[end:]
            end += len(rest) - len(rest.lstrip(_WS))
            if end != len(s):
                raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
