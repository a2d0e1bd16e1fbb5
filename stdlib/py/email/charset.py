"""Character sets of email messages and how their headers and bodies are
encoded (a small table: ASCII, UTF-8, the ISO 8859 family).

Written for Kaa from the documentation of CPython 3.11's email.charset.
"""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset name -> (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None),
    'iso-8859-2': (QP, QP, None),
    'iso-8859-15': (QP, QP, None),
    'windows-1252': (QP, QP, None),
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'cp1252': 'windows-1252',
    'ascii': 'us-ascii',
}

CODEC_MAP = {'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


_Q_SAFE = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                    b'0123456789-!*+/')


def _q_word(data):
    return ''.join('_' if c == 32 else chr(c) if c in _Q_SAFE else '=%02X' % c
                   for c in data)


def _b64_length(data):
    groups, rest = divmod(len(data), 3)
    return groups * 4 + (4 if rest else 0)


def _header_encode(string, charset, encoding=SHORTEST):
    try:
        data = string.encode(charset, 'surrogateescape')
    except LookupError:
        # Kaa has no surrogateescape handler (its str holds no surrogates).
        data = string.encode(charset, 'replace')
    if encoding == SHORTEST:
        qlen = sum(1 if c in _Q_SAFE or c == 32 else 3 for c in data)
        encoding = BASE64 if _b64_length(data) < qlen else QP
    if encoding == BASE64:
        import binascii
        text = binascii.b2a_base64(data, newline=False).decode('ascii')
        return '=?%s?b?%s?=' % (charset, text)
    return '=?%s?q?%s?=' % (charset, _q_word(data))


def _qp_body(data):
    # Quoted-printable for a body: lines of at most 76 characters.
    out = []
    for line in data.split(b'\n'):
        pieces = []
        for i, c in enumerate(line):
            if c == 61 or c > 126 or (c < 32 and c != 9):
                pieces.append('=%02X' % c)
            elif c in (9, 32) and i == len(line) - 1:
                pieces.append('=%02X' % c)
            else:
                pieces.append(chr(c))
        text = []
        width = 0
        for p in pieces:
            if width + len(p) > 75:
                text.append('=\n')
                width = 0
            text.append(p)
            width += len(p)
        out.append(''.join(text))
    return '\n'.join(out)


class Charset:
    """Map character sets to their email properties."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            from email import errors
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset,
                                        (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset,
                                         self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset,
                                          self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return '7bit'

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, string):
        codec = self.output_codec or 'us-ascii'
        if self.header_encoding is None:
            return string
        return _header_encode(string, codec, self.header_encoding)

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding == BASE64:
            import base64
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return base64.encodebytes(string).decode('ascii')
        if self.body_encoding == QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _qp_body(string)
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
