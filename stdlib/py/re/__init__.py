"""Support for regular expressions (RE), with CPython 3.11's syntax and
semantics.

The parser, compiler and matcher are Kaa's `_sre` module (Rust); this module
holds the flags, the pattern cache and the module-level functions.
"""

import enum
import _sre
from _sre import Pattern, Match
from . import _constants
from ._constants import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = _constants.SRE_FLAG_ASCII
    IGNORECASE = I = _constants.SRE_FLAG_IGNORECASE
    LOCALE = L = _constants.SRE_FLAG_LOCALE
    UNICODE = U = _constants.SRE_FLAG_UNICODE
    MULTILINE = M = _constants.SRE_FLAG_MULTILINE
    DOTALL = S = _constants.SRE_FLAG_DOTALL
    VERBOSE = X = _constants.SRE_FLAG_VERBOSE
    TEMPLATE = T = _constants.SRE_FLAG_TEMPLATE
    DEBUG = _constants.SRE_FLAG_DEBUG

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            return '~' + repr(RegexFlag(~value))
        names = []
        for m in RegexFlag.__members__.values():
            v = m._value_
            if v and v & (v - 1) == 0 and value & v and m._name_ not in names:
                names.append(m._name_)
                value &= ~v
        parts = ['re.' + n for n in names]
        if value:
            parts.append(hex(value))
        return '|'.join(parts)

    __str__ = object.__str__


globals().update(RegexFlag.__members__)

_sre._set_helpers(error, type(type.__dict__) if type(type.__dict__) is not dict
                  else __import__('types').MappingProxyType)


# ----- the module-level functions -----

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    try:
        import warnings
    except ImportError:
        warnings = None
    if warnings is not None:
        warnings.warn("The re.template() function is deprecated "
                      "as it is an undocumented function "
                      "without an obvious purpose. "
                      "Use re.compile() instead.",
                      DeprecationWarning)
    return _compile(pattern, flags | RegexFlag.TEMPLATE)


# Characters that escape() leaves alone: letters, digits and '_'.
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _sre.compile(pattern, flags)
    if flags & RegexFlag.DEBUG:
        return p
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest item.
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def _expand(pattern, match, template):
    return match.expand(template)


# `copyreg` support: patterns pickle as a call to `_compile`.
def _pickle(p):
    return _compile, (p.pattern, p.flags)


try:
    import copyreg as _copyreg
    _copyreg.pickle(Pattern, _pickle, _compile)
except Exception:
    pass


class Scanner:
    """A simple lexer: a list of (pattern, action) pairs tried in order."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append('(' + phrase + ')')
        # Each phrase is one group; nested groups would shift the numbers,
        # so they are not allowed (as in CPython, which builds the tree).
        self.scanner = _compile('|'.join(parts), flags)
        self._ngroups = [_compile(phrase, flags).groups for phrase, _ in lexicon]

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            # Which phrase matched: the group that opens its alternative.
            g = 1
            index = 0
            for k, n in enumerate(self._ngroups):
                if m.group(g) is not None:
                    index = k
                    break
                g += n + 1
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
