"""email.message.Message: a message's headers (an ordered list of name and
value pairs, looked up without regard to case) and its payload (a string,
or a list of Message objects for a multipart message).

Written for Kaa from the documentation of CPython 3.11's email.message,
with the compat32 policy only (EmailMessage and the newer policies are
missing).
"""

__all__ = ['Message']

import re

from email import errors
from email._policybase import compat32

SEMISPACE = '; '

# Characters that make a parameter value need quotes.
_tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _sdecode(data):
    # CPython keeps bytes outside ASCII as surrogate escapes; Kaa's str
    # holds no lone surrogates, so they become Latin-1 characters.
    try:
        return data.decode('ascii', 'surrogateescape')
    except LookupError:
        return data.decode('latin-1')


def _sencode(text):
    # The inverse of _sdecode.
    try:
        return text.encode('ascii', 'surrogateescape')
    except (UnicodeEncodeError, LookupError):
        return text.encode('latin-1')


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _formatparam(param, value=None, quote=True):
    """name=value, with the value quoted when it needs to be (or when quote
    is true); a (charset, language, value) triple is written as RFC 2231."""
    if value is not None and len(value) > 0:
        if isinstance(value, tuple):
            from email import utils
            param += '*'
            value = utils.encode_rfc2231(value[2], value[0], value[1])
            return '%s=%s' % (param, value)
        try:
            value.encode('ascii')
        except UnicodeEncodeError:
            from email import utils
            param += '*'
            value = utils.encode_rfc2231(value, 'utf-8', '')
            return '%s=%s' % (param, value)
        if quote or _tspecials.search(value):
            from email import utils
            return '%s="%s"' % (param, utils.quote(value))
        return '%s=%s' % (param, value)
    return param


def _parseparam(s):
    # Split on semicolons that are not inside a quoted string.
    s = ';' + str(s)
    plist = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        if '=' in f:
            i = f.index('=')
            f = f[:i].strip().lower() + '=' + f[i + 1:].strip()
        plist.append(f.strip())
        s = s[end:]
    return plist


def _unquotevalue(value):
    from email import utils
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _decode_qp(data):
    out = bytearray()
    lines = data.split(b'\n')
    for n, line in enumerate(lines):
        line = line.rstrip(b' \t\r')
        soft = line.endswith(b'=')
        if soft:
            line = line[:-1]
        i = 0
        while i < len(line):
            c = line[i]
            pair = line[i + 1:i + 3]
            if (c == 61 and len(pair) == 2
                    and all(d in b'0123456789abcdefABCDEF' for d in pair)):
                out.append(int(pair, 16))
                i += 3
                continue
            out.append(c)
            i += 1
        if not soft and n < len(lines) - 1:
            out.append(10)
    return bytes(out)


class Message:
    """An email message: headers (name and value pairs, looked up without
    regard to case; a name may occur several times) and a payload (a str, or
    a list of Message objects for multipart messages), with an optional
    Unix From_ line. The mapping methods see the headers: m['To'] is the
    first To header, m['To'] = x adds one more.
    """

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """Return the entire formatted message as a string."""
        policy = self.policy if policy is None else policy
        out = []
        self._write(out, unixfrom, policy)
        return ''.join(out)

    def as_bytes(self, unixfrom=False, policy=None):
        """Return the entire formatted message as a bytes object."""
        return _sencode(self.as_string(unixfrom, policy=policy))

    def __bytes__(self):
        return self.as_bytes()

    def _write(self, out, unixfrom, policy):
        nl = policy.linesep
        if unixfrom and self._unixfrom:
            out.append(self._unixfrom + nl)
        payload = self._payload
        if self.is_multipart() and self.get_boundary() is None:
            import random
            token = random.randrange(10 ** 19)
            self.set_boundary('=' * 15 + '%019d' % token + '==')
        for name, value in self._headers:
            out.append(policy.fold(name, value))
        out.append(nl)
        if payload is None:
            return
        if not self.is_multipart():
            if not isinstance(payload, str):
                payload = str(payload)
            out.append(payload)
            return
        boundary = self.get_boundary()
        if self.preamble is not None:
            out.append(self.preamble + nl)
        out.append('--' + boundary + nl)
        for i, part in enumerate(payload):
            if i:
                out.append(nl + '--' + boundary + nl)
            part._write(out, False, policy)
        out.append(nl + '--' + boundary + '--' + nl)
        if self.epilogue is not None:
            out.append(self.epilogue)

    def is_multipart(self):
        """Return True if the message consists of multiple parts."""
        return isinstance(self._payload, list)

    # -- Unix From_ line --------------------------------------------------

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # -- payload ------------------------------------------------------------

    def attach(self, payload):
        """Append payload (a Message) to the list of parts; TypeError when the
        payload is already a str.
        """
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (the list of parts of a multipart message, or a str), or
        part i of a multipart one. With decode, a non-multipart payload is
        decoded by its Content-Transfer-Encoding (base64, quoted-printable) to
        bytes; decode gives None for a multipart message.
        """
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            try:
                bpayload = payload.encode('ascii')
            except UnicodeError:
                from email.utils import _raw_unicode_escape
                bpayload = _raw_unicode_escape(payload)
        else:
            return payload
        if cte == 'quoted-printable':
            return _decode_qp(bpayload)
        if cte == 'base64':
            import binascii
            try:
                return binascii.a2b_base64(b''.join(bpayload.splitlines()))
            except binascii.Error:
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        """Set the payload; with charset, also the charset (set_charset()),
        which encodes the payload for the transfer.
        """
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            from email.charset import Charset
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            self._payload = _sdecode(payload)
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Set the charset of the payload to a given character set, adding
        the MIME-Version, Content-Type and Content-Transfer-Encoding headers
        and encoding the payload as the charset says."""
        from email.charset import Charset
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if cte == '7bit':
                data = _sencode(self._payload)
                if any(b > 127 for b in data):
                    cte = '8bit'
            else:
                payload = self._payload
                if isinstance(payload, str):
                    payload = _sencode(payload).decode(
                        charset.output_charset, 'replace')
                self._payload = charset.body_encode(payload)
            self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- the mapping interface over the headers -----------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Set the value of a header (appended: existing headers of the
        same name are kept)."""
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = 0
            for k, v in self._headers:
                if k.lower() == lname:
                    found += 1
                    if found >= max_count:
                        raise ValueError("There may be at most {} {} headers "
                                         "in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Delete every header of that name (nothing happens when there is
        none).
        """
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        """Return a list of all the message's header field names."""
        return [k for k, v in self._headers]

    def values(self):
        """Return a list of all the message's header values."""
        return [self.policy.header_fetch_parse(k, v)
                for k, v in self._headers]

    def items(self):
        """Get all the message's header fields and values."""
        return [(k, self.policy.header_fetch_parse(k, v))
                for k, v in self._headers]

    def get(self, name, failobj=None):
        """The value of the first header of that name, else failobj."""
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Return a list of all the values for the named field, or failobj
        if there is none."""
        values = []
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                values.append(self.policy.header_fetch_parse(k, v))
        if not values:
            return failobj
        return values

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='a.txt') gives 'attachment; filename="a.txt"'.
        Underscores in parameter names become dashes; a None value gives the
        name alone.
        """
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace a header (the first of that name, keeping its place);
        KeyError if there is none."""
        _name = _name.lower()
        for i, (k, v) in zip(range(len(self._headers)), self._headers):
            if k.lower() == _name:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                break
        else:
            raise KeyError(_name)

    # -- content type and parameters -------------------------------------

    def get_content_type(self):
        """Return the message's content type (maintype/subtype, lower case):
        the Content-Type header's, or the default type when the header is
        missing, or text/plain when the header is not valid."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parseparam(value):
            name, sep, val = p.partition('=')
            if sep:
                params.append((name.strip(), val.strip()))
            else:
                params.append((p.strip(), ''))
        from email import utils
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """Return the message's Content-Type parameters, as a list of
        (name, value) pairs; the first pair is the type itself."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        """Return the parameter value if found in the Content-Type header,
        else failobj."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                if unquote:
                    return _unquotevalue(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set a parameter in the Content-Type header (adding the header,
        as text/plain, when there is none)."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join(
                    [ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header,
                                                        unquote=requote):
                append_param = ''
                if old_param.lower() == param.lower():
                    append_param = _formatparam(param, value, requote)
                else:
                    append_param = _formatparam(old_param, old_value, requote)
                if not ctype:
                    ctype = append_param
                else:
                    ctype = SEMISPACE.join([ctype, append_param])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        """Remove the given parameter completely from the Content-Type
        header."""
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                if not new_ctype:
                    new_ctype = _formatparam(p, v, requote)
                else:
                    new_ctype = SEMISPACE.join([new_ctype,
                                                _formatparam(p, v, requote)])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the main type and subtype for the Content-Type header."""
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Return the filename of the Content-Disposition header (or the
        name parameter of Content-Type), else failobj."""
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        from email import utils
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        """Return the boundary parameter of the Content-Type header, else
        failobj."""
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        from email import utils
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter in Content-Type to 'boundary'."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        newparams = []
        foundp = False
        for pk, pv in params:
            if pk.lower() == 'boundary':
                newparams.append(('boundary', '"%s"' % boundary))
                foundp = True
            else:
                newparams.append((pk, pv))
        if not foundp:
            newparams.append(('boundary', '"%s"' % boundary))
        newheaders = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                parts = []
                for k, v in newparams:
                    if v == '':
                        parts.append(k)
                    else:
                        parts.append('%s=%s' % (k, v))
                val = SEMISPACE.join(parts)
                newheaders.append(self.policy.header_store_parse(h, val))
            else:
                newheaders.append((h, v))
        self._headers = newheaders

    def get_content_charset(self, failobj=None):
        """Return the charset parameter of the Content-Type header, lower
        case, else failobj."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or 'us-ascii'
            try:
                from email.utils import _raw_unicode_escape
                as_bytes = _raw_unicode_escape(charset[2])
                charset = str(as_bytes, pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """Return a list containing the charset(s) used in this message."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """Return the disposition (inline, attachment) of Content-Disposition
        in lower case, or None."""
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        """Walk over the message tree, yielding each subpart (depth first)."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()
