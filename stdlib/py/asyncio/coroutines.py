"""Coroutine helpers: iscoroutine() and iscoroutinefunction()."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    return isinstance(obj, (types.CoroutineType, types.GeneratorType,
                            collections.abc.Coroutine))


def _format_coroutine(coro):
    """`name() running at file:line` / `name() done, defined at file:line`."""
    name = getattr(coro, '__qualname__', None) or \
        getattr(coro, '__name__', None) or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return name
    filename = code.co_filename
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
