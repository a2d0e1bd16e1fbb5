"""Deprecated alias of ``re._parser`` (as in CPython 3.11)."""

try:
    import warnings
except ImportError:
    pass
else:
    warnings.warn(f"module {__name__!r} is deprecated",
                  DeprecationWarning,
                  stacklevel=2)

from re import _parser as _
globals().update({k: v for k, v in vars(_).items() if k[:2] != '__'})
