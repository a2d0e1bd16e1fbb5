"""Multiple interpreters in one process (PEP 734, CPython 3.14's module).

Each interpreter has its own objects and its own lock, so Python threads that
run code in different interpreters run on different cores at once. Nothing is
shared between interpreters; what crosses is copied: None, bool, int, float,
str, bytes, tuples of those, and the queues made by create_queue().
"""

import _interpreters
import threading as _threading
from _interpreters import (
    InterpreterError,
    InterpreterNotFoundError,
    ExecutionFailed,
    NotShareableError,
    QueueError,
    QueueEmpty,
    QueueFull,
    Queue,
    create_queue,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter', 'InterpreterError', 'InterpreterNotFoundError',
    'ExecutionFailed', 'NotShareableError', 'create_queue', 'Queue',
    'QueueEmpty', 'QueueFull',
]


class ExcInfo:
    """What an uncaught exception in another interpreter looked like: it
    cannot cross as an object, so its type name, message and traceback text
    do."""

    def __init__(self, type_name, msg, formatted):
        self.type_name = type_name
        self.msg = msg
        self.formatted = formatted

    def __repr__(self):
        return f'ExcInfo(type={self.type_name!r}, msg={self.msg!r})'

    def __str__(self):
        return f'{self.type_name}: {self.msg}' if self.msg else self.type_name


def _raise_failed(info):
    excinfo = ExcInfo(*info)
    err = ExecutionFailed(str(excinfo))
    err.excinfo = excinfo
    raise err


def is_shareable(obj):
    """Whether obj can be passed to another interpreter."""
    if obj is None or type(obj) in (bool, int, float, str, bytes, Queue):
        return True
    if type(obj) is tuple:
        return all(is_shareable(x) for x in obj)
    return False


class Interpreter:
    """A handle on one interpreter (by id)."""

    def __init__(self, id):
        self._id = id

    @property
    def id(self):
        return self._id

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    def __hash__(self):
        return hash(self._id)

    def is_running(self):
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter."""
        _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind shareable values in the interpreter's __main__ module."""
        items = dict(ns) if ns is not None else {}
        items.update(kwargs)
        _interpreters.set___main___attrs(self._id, items)

    def exec(self, code, /):
        """Run source code in the interpreter's __main__, in this thread
        (which waits; the interpreter runs under its own lock). An uncaught
        exception there raises ExecutionFailed here."""
        ok, info = _interpreters.exec(self._id, code)
        if not ok:
            _raise_failed(info)

    def call(self, callable, /, *args, **kwargs):
        """Call a plain function (no closure) in the interpreter with
        shareable arguments; return its shareable result."""
        ok, result = _interpreters.call(self._id, callable, args, kwargs)
        if not ok:
            _raise_failed(result)
        return result

    def call_in_thread(self, callable, /, *args, **kwargs):
        """call() in a new thread; returns the started thread."""
        t = _threading.Thread(target=self.call, args=(callable, *args), kwargs=kwargs)
        t.start()
        return t


def create():
    """A new interpreter."""
    return Interpreter(_interpreters.create())


def list_all():
    """All interpreters of this program, the main one first."""
    return [Interpreter(i) for i in _interpreters.list_all()]


def get_current():
    return Interpreter(_interpreters.get_current())


def get_main():
    return Interpreter(0)
