"""Set handlers for asynchronous events.

Kaa's signal module, over the Rust module `_signal` (which has the notes on
how Python handlers run). What is added here, as in CPython, are the enums
`Signals`, `Handlers` and `Sigmasks`, and the functions that take or give
them.

Differences from CPython: handlers get `None` as the frame argument;
`sigwait`, `sigwaitinfo`, `sigtimedwait`, `pthread_kill` and
`pidfd_send_signal` are not provided. In an embedded interpreter, changing
signal dispositions or sending signals needs the subprocess grant.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum('Signals', sorted(
    ((name, value) for name, value in _globals.items()
     if name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')),
    key=lambda item: (item[1], item[0])), module=__name__)

Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL),
                                 ('SIG_IGN', _signal.SIG_IGN)],
                    module=__name__)

Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', _signal.SIG_BLOCK),
                                 ('SIG_UNBLOCK', _signal.SIG_UNBLOCK),
                                 ('SIG_SETMASK', _signal.SIG_SETMASK)],
                    module=__name__)

_globals.update(Signals.__members__)
_globals.update(Handlers.__members__)
_globals.update(Sigmasks.__members__)
del _globals


def _int_to_enum(value, enum_klass):
    """The enum member for value, or value itself if there is none."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """The int of an enum member (other values as they are)."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    old = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(old, Handlers)


signal.__doc__ = _signal.signal.__doc__ or signal.__doc__


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    sigs = [int(s) for s in mask]
    return set(_int_to_enum(s, Signals) for s in _signal._pthread_sigmask(how, sigs))


def sigpending():
    """Examine pending signals."""
    return set(_int_to_enum(s, Signals) for s in _signal._sigpending())


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return set(_int_to_enum(s, Signals) for s in _signal._valid_signals())
