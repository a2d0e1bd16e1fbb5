"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression (translate() gives it); Kaa matches with its own small matcher
over the same parsed pattern, so the results are the regular expression's.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# A pattern parses into a list of items: _STAR, _ANY, a one-character
# string (a literal), or a _Set.
_STAR = object()
_ANY = object()


class _Set:
    """A bracket expression: characters, ranges, and whether it is negated."""

    __slots__ = ('negate', 'chars', 'ranges')

    def __init__(self, negate, chars, ranges):
        self.negate = negate
        self.chars = chars
        self.ranges = ranges

    def matches(self, c):
        hit = c in self.chars
        if not hit:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    hit = True
                    break
        return hit != self.negate


def _bracket(pat, i, n):
    """The bracket expression opening at pat[i-1] ('['): (end, chunks,
    negate), or None when it is not closed (then '[' is a literal).
    The chunks are the parts between range hyphens, empty ranges removed:
    chunks[k-1][-1] to chunks[k][0] is a range, other characters literal."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    j = pat.find(']', j)
    if j < 0:
        return None
    stuff = pat[i:j]
    if '-' not in stuff:
        return j + 1, [stuff], False
    chunks = []
    start = 0
    k = 2 if stuff[0] == '!' else 1
    k = stuff.find('-', k)
    while k >= 0:
        chunks.append(stuff[start:k])
        start = k + 1
        k = stuff.find('-', k + 3)
    last = stuff[start:]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    # A range whose start is past its end is empty: drop it.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return j + 1, chunks, True


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    # re.escape of one character.
    return '\\' + c if c in _SPECIAL else c


def _parse(pat):
    """(items, regex pieces) of a pattern."""
    items = []
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] is not _STAR:
                items.append(_STAR)
                pieces.append(_STAR)
        elif c == '?':
            items.append(_ANY)
            pieces.append('.')
        elif c == '[':
            found = _bracket(pat, i, n)
            if found is None:
                items.append('[')
                pieces.append('\\[')
                continue
            i, chunks, ranged = found
            items.append(_make_set(chunks))
            pieces.append(_set_regex(chunks, ranged))
        else:
            items.append(c)
            pieces.append(_escape(c))
    return items, pieces


def _make_set(chunks):
    negate = chunks[0][:1] == '!'
    if negate:
        chunks = [chunks[0][1:]] + chunks[1:]
    chars = set()
    ranges = []
    for k, chunk in enumerate(chunks):
        body = chunk
        if k > 0:
            # Its first character ends the range that the previous chunk's
            # last one starts.
            ranges.append((chunks[k - 1][-1], chunk[0]))
            body = body[1:]
        if k < len(chunks) - 1:
            body = body[:-1]
        chars.update(body)
    return _Set(negate, frozenset(chars), ranges)


def _set_regex(chunks, ranged):
    if not ranged:
        stuff = chunks[0].replace('\\', r'\\')
    else:
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    out = []
    for ch in stuff:
        out.append('\\' + ch if ch in '&~|' else ch)
    stuff = ''.join(out)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[' + stuff + ']'


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    n = len(pat)
    _, pieces = _parse(pat)
    out = []
    i = 0
    # The fixed part before the first star.
    while i < len(pieces) and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < len(pieces):
        # pieces[i] is a star; what follows up to the next star is fixed.
        i += 1
        fixed = []
        while i < len(pieces) and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == len(pieces):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'


_cache = {}


def _compile(pat):
    items = _cache.get(pat)
    if items is None:
        text = str(pat, 'ISO-8859-1') if isinstance(pat, bytes) else pat
        items = _parse(text)[0]
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[pat] = items
    return items


def _one(item, c):
    if item is _ANY:
        return True
    if isinstance(item, str):
        return item == c
    return item.matches(c)


def _match(items, name):
    ni, nn = 0, len(name)
    ii, ni_len = 0, len(items)
    star_i = -1
    star_n = 0
    while ni < nn:
        if ii < ni_len:
            item = items[ii]
            if item is _STAR:
                star_i = ii
                star_n = ni
                ii += 1
                continue
            if _one(item, name[ni]):
                ii += 1
                ni += 1
                continue
        if star_i < 0:
            return False
        # Let the last star take one more character.
        star_n += 1
        ni = star_n
        ii = star_i + 1
    while ii < ni_len and items[ii] is _STAR:
        ii += 1
    return ii == ni_len


def _check(name, pat):
    if isinstance(name, str):
        if isinstance(pat, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return name
    if isinstance(name, bytes):
        if not isinstance(pat, bytes):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return str(name, 'ISO-8859-1')
    raise TypeError(f"expected string or bytes-like object, got {type(name).__name__!r}")


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    items = _compile(pat)
    return _match(items, _check(name, pat))


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    items = _compile(pat)
    for name in names:
        if _match(items, _check(name, pat)):
            result.append(name)
    return result
