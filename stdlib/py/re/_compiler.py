"""Pattern compilation: Kaa's `_sre` parses and compiles patterns in Rust,
so this module only keeps the public entry points of CPython's."""

import _sre
from ._constants import *  # noqa: F401,F403
from ._constants import error


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """Compile a pattern (a str or bytes) to a `re.Pattern`."""
    if not isstring(p):
        raise TypeError("first argument must be string or compiled pattern")
    return _sre.compile(p, flags)
