"""Miscellaneous email utilities: dates (RFC 2822 / 5322), addresses,
message ids, quoting, RFC 2231 parameters.

Written for Kaa from the documentation of CPython 3.11's email.utils.
"""

__all__ = [
    'collapse_rfc2231_value',
    'decode_params',
    'decode_rfc2231',
    'encode_rfc2231',
    'formataddr',
    'formatdate',
    'format_datetime',
    'getaddresses',
    'make_msgid',
    'mktime_tz',
    'parseaddr',
    'parsedate',
    'parsedate_tz',
    'parsedate_to_datetime',
    'unquote',
]

import datetime
import time

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul',
               'aug', 'sep', 'oct', 'nov', 'dec',
               'january', 'february', 'march', 'april', 'may', 'june', 'july',
               'august', 'september', 'october', 'november', 'december']

# Offsets of the time zone names RFC 822 allows, as +HHMM numbers.
_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500,
              'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}

_SPECIALS = '][\\()<>@,:;".'


def _raw_unicode_escape(text):
    # text.encode('raw-unicode-escape'), which Kaa's codecs do not have.
    out = []
    for c in text:
        n = ord(c)
        if n < 256:
            out.append(c)
        elif n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            out.append('\\U%08x' % n)
    return ''.join(out).encode('latin-1')


def _has_surrogates(s):
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


# -- quoting --------------------------------------------------------------

def quote(str):
    """Escape backslashes and double quotes for a quoted string (the quotes
    themselves are not added).
    """
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Remove quotes from a string."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


# -- addresses --------------------------------------------------------------

def formataddr(pair, charset='utf-8'):
    """'Name <address>' for (name, address), the address alone when the name
    is empty. A name with special characters is quoted; one that is not
    ASCII is written as an RFC 2047 encoded word in charset (a name or a
    Charset). The address must be ASCII (UnicodeEncodeError otherwise).
    """
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            if isinstance(charset, str):
                from email.charset import Charset
                charset = Charset(charset)
            encoded_name = charset.header_encode(name)
            return "%s <%s>" % (encoded_name, address)
        quotes = ''
        if any(c in _SPECIALS for c in name):
            quotes = '"'
        name = name.replace('\\', '\\\\').replace('"', '\\"')
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


def _tokenize_addresses(text):
    """Split an address list into tokens: ('"', text) quoted strings,
    ('(', text) comments, ('<', text) angle addresses, (',', ',') and
    ('a', text) for the other runs of characters."""
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ' \t\r\n':
            i += 1
        elif c == '"':
            j = i + 1
            buf = []
            while j < n and text[j] != '"':
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            tokens.append(('"', ''.join(buf)))
            i = j + 1
        elif c == '(':
            depth = 1
            j = i + 1
            buf = []
            while j < n and depth:
                ch = text[j]
                if ch == '\\' and j + 1 < n:
                    j += 1
                    buf.append(text[j])
                elif ch == '(':
                    depth += 1
                    buf.append(ch)
                elif ch == ')':
                    depth -= 1
                    if depth:
                        buf.append(ch)
                else:
                    buf.append(ch)
                j += 1
            tokens.append(('(', ''.join(buf)))
            i = j
        elif c == '<':
            j = text.find('>', i + 1)
            if j < 0:
                j = n
            tokens.append(('<', text[i + 1:j]))
            i = j + 1
        elif c == ',':
            tokens.append((',', i))
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n"(<,':
                j += 1
            tokens.append(('a', text[i:j]))
            i = j
    return tokens


def _strip_route(addr):
    # <@route1,@route2:user@host> keeps only user@host.
    addr = ''.join(addr.split())
    if addr.startswith('@') and ':' in addr:
        addr = addr.split(':', 1)[1]
    return addr


def _parse_addresses(text):
    # The list is split at the commas outside quotes, comments and angle
    # brackets; an empty member gives ('', ''), except at the very end.
    segments = [[]]
    last_comma = -1
    for tok in _tokenize_addresses(text):
        if tok[0] == ',':
            segments.append([])
            last_comma = tok[1]
        else:
            segments[-1].append(tok)
    # A final member with no address counts only when there is text after
    # the last comma and the member before it was an address.
    tail = [k for k, t in segments[-1] if k != '(']
    if not tail:
        if not text[last_comma + 1:]:
            segments.pop()
        elif len(segments) > 1 and not [k for k, t in segments[-2]
                                        if k != '(']:
            segments.pop()
    result = []
    for group in segments:
        phrase = [t for k, t in group if k in ('"', 'a')]
        comments = [t for k, t in group if k == '(']
        angles = [t for k, t in group if k == '<']
        if angles:
            name = ' '.join(phrase)
            if not name and comments:
                name = comments[0]
            result.append((name, _strip_route(angles[0])))
            continue
        addr = ''.join('"%s"' % quote(t) if k == '"' and '@' not in t
                       else t for k, t in group if k in ('"', 'a'))
        if not addr:
            result.append(('', ''))
        else:
            result.append((' '.join(comments), addr))
    return result


def getaddresses(fieldvalues):
    """Return a list of (REALNAME, EMAIL) for each fieldvalue."""
    text = COMMASPACE.join(str(v) for v in fieldvalues)
    return _parse_addresses(text)


def parseaddr(addr):
    """(name, address) of the first address in addr, ('', '') when there
    is none.
    """
    addrs = _parse_addresses(addr)
    if not addrs:
        return '', ''
    return addrs[0]


# -- dates --------------------------------------------------------------------

def _parsedate_tz(data):
    """The fields of an RFC 2822 date as a list of ten numbers (the tenth
    the offset from UTC in seconds, or None), or None when it cannot be
    read."""
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    # The day of the week is optional and not checked.
    if data[0].endswith(',') or data[0].lower() in [d.lower()
                                                    for d in _DAYNAMES]:
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        # dd-mmm-yy as in RFC 850
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    dd, mm, yy, tm, tz = data[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHNAMES:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHNAMES:
            return None
    mm = _MONTHNAMES.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    # Two-digit years: 69-99 are 1969-1999, 00-68 are 2000-2068.
    if yy < 100:
        if yy > 68:
            yy += 1900
        else:
            yy += 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """The ten fields of an RFC 2822 date (the last the offset from UTC in
    seconds), or None when it cannot be read.
    """
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def parsedate(data):
    """Convert a time string to a time tuple."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """Turn a 10-tuple as returned by parsedate_tz() into a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    t = calendar.timegm(data)
    return t - data[9]


def parsedate_to_datetime(data):
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(
        datetime.timedelta(seconds=tz)))


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYNAMES[timetuple[6]], timetuple[2],
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
         'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5],
        zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for timeval (a POSIX timestamp, now by default):
    'Fri, 09 Nov 2001 01:08:47 -0000'. With localtime, in the local time
    zone with its offset; with usegmt, ending in 'GMT' as HTTP wants.
    """
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for the datetime dt: a naive one ends in -0000, an
    aware one in its offset; usegmt (for an aware UTC datetime only) ends
    in 'GMT'.
    """
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local time zone; a
    naive dt is taken as local time. isdst is ignored.
    """
    if dt is None:
        dt = datetime.datetime.now()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<time.pid.random[.idstring]@domain>', the
    domain being this host's name by default.
    """
    import os
    import random
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    if idstring is None:
        idstring = ''
    else:
        idstring = '.' + idstring
    if domain is None:
        import socket
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# -- RFC 2231 parameters --------------------------------------------------

def decode_rfc2231(s):
    """Decode string according to RFC 2231"""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded as an RFC 2231 value, with "charset'language'" in
    front when a charset or language is given.
    """
    import urllib.parse
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def decode_params(params):
    """Join and decode the RFC 2231 continuations (name*0, name*1, ...) and
    encoded values (name*) of a list of (name, value) parameters.
    """
    import urllib.parse
    new_params = [params[0]]
    # name -> [(continuation number, value, was it encoded)]
    rfc2231_params = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        head, star, num = name.rstrip('*').partition('*')
        if star and num.isdigit():
            name = head
            rfc2231_params.setdefault(name, []).append(
                (int(num), value, encoded))
        elif encoded:
            name = name[:-1]
            rfc2231_params.setdefault(name, []).append((0, value, True))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name, continuations in rfc2231_params.items():
        value = []
        extended = False
        continuations.sort(key=lambda c: c[0])
        for num, s, encoded in continuations:
            if encoded:
                s = urllib.parse.unquote(s, encoding="latin-1")
                extended = True
            value.append(s)
        value = quote(EMPTYSTRING.join(value))
        if extended:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = _raw_unicode_escape(text)
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)
