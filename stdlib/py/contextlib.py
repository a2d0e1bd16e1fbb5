"""Utilities for with-statement contexts (PEP 343).

``contextmanager`` turns a generator function into a context manager:
the code before its ``yield`` is ``__enter__``, the code after it is
``__exit__``, and an exception raised in the ``with`` block is thrown into
the generator at the ``yield``. ``ExitStack`` unwinds any number of context
managers and callbacks as nested ``with`` statements would.

``asynccontextmanager``, ``aclosing`` and ``AsyncExitStack`` are the same
for ``async with`` and async generators. ``chdir`` imports ``os`` only when
it is entered.
"""

import abc
import sys
import _collections_abc
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _wraps(wrapped):
    """``functools.wraps``: copy the wrapped function's name, docstring and
    attributes onto the wrapper, and point ``__wrapped__`` at it."""
    def decorate(wrapper):
        for name in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
            try:
                value = getattr(wrapped, name)
            except AttributeError:
                continue
            setattr(wrapper, name, value)
        wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorate


class AbstractContextManager(abc.ABC):
    """The ABC of context managers: any class with ``__enter__`` and
    ``__exit__`` is one; subclasses inherit an ``__enter__`` returning self."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Enter the context: returns ``self``."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    """A base class or mixin that lets a context manager be used as a
    decorator: the decorated function runs inside ``with self:``."""

    def _recreate_cm(self):
        """The context manager to enter for one call of a decorated function
        (``self``; a one-shot context manager returns a fresh copy)."""
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """A context manager made of one call of a generator function."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The decorated function's docstring, else the class's.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # One generator serves one with statement: a decorated function
        # needs a fresh manager per call.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """What a @contextmanager function returns."""

    def __enter__(self):
        # The decorator arguments are only needed to recreate the manager
        # for a decorated function: drop them once it is entered.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement passes an instance; a direct call may not.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed,
            # unless the exception was this very StopIteration.
            return exc is not value
        except RuntimeError as exc:
            # The generator re-raised the exception it was given: not ours.
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in came back as "generator raised
            # StopIteration" (PEP 479): report the original one.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The generator let the exception through (or raised another
            # one): re-raise only if it is a new one.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a factory
    of context managers. ``with f(args) as v:`` runs ``f`` up to its
    ``yield``, binds ``v`` to the yielded value, runs the block, then
    resumes ``f`` (throwing the block's exception in at the ``yield``)."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block:
    ``with closing(thing) as t:`` calls ``thing.close()`` on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class AbstractAsyncContextManager(abc.ABC):
    """The ABC of asynchronous context managers (``async with``)."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Return ``self``."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class AsyncContextDecorator(object):
    """Lets an asynchronous context manager decorate a coroutine function:
    each call runs the function inside ``async with`` a fresh manager."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _AsyncGeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractAsyncContextManager,
    AsyncContextDecorator,
):
    """What an @asynccontextmanager function returns."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            # Caught and finished: suppressed, unless it was this exception.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration or StopAsyncIteration thrown in comes back
            # wrapped in a RuntimeError (PEP 479): report the original.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes a
    factory of asynchronous context managers (``async with f() as v``)."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing(AbstractAsyncContextManager):
    """``async with aclosing(agen) as g``: awaits ``g.aclose()`` on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance may be entered again while active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send ``sys.stdout`` to another file object inside the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send ``sys.stderr`` to another file object inside the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """``with suppress(E1, E2):`` swallows those exceptions raised in the
    block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """The stack of exit callbacks behind ExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack (returned); this one is left
        empty, so closing it does nothing."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Push ``exit``: an object with an ``__exit__`` method (that method
        is pushed) or a callable taking ``(exc_type, exc, tb)``; either may
        suppress the exception by returning true. Returns ``exit``."""
        # As the with statement: __exit__ is looked up on the type.
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # A plain callable.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter ``cm`` and push its ``__exit__``; returns what
        ``__enter__`` returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push ``callback(*args, **kwds)`` (it gets no exception details
        and cannot suppress one). Returns ``callback``."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # The callback itself is reachable from the wrapper (introspection).
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        """Push ``cm_exit`` bound to ``cm``."""
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement over any number of context managers and callbacks,
    chosen at run time: on the way out they are called last-in first-out,
    as if they were nested with statements, with the same exception
    passing, suppression and chaining."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None

        # The exception being handled around this with statement, if any:
        # contexts are rewired up to it and no further.
        frame_exc = sys.exc_info()[1]

        def _fix_exception_context(new_exc, old_exc):
            # Make the exception an exit callback raised point at the one
            # that was pending before it, as nested with statements would.
            while 1:
                exc_context = new_exc.__context__
                if exc_context is None or exc_context is old_exc:
                    return
                if exc_context is frame_exc:
                    break
                new_exc = exc_context
            new_exc.__context__ = old_exc

        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1])
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                # Raising here would chain the pending exception to the one
                # being handled: put back the context computed above.
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Call every callback now (as leaving the with statement)."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for ``async with``: it takes asynchronous context managers
    and coroutine callbacks as well as synchronous ones."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter ``cm`` with ``async with`` semantics and push its
        ``__aexit__``; returns what ``__aenter__`` returned."""
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await _enter(cm)
        self._push_async_cm_exit(cm, _exit)
        return result

    def push_async_exit(self, exit):
        """Push an object with ``__aexit__`` or a coroutine function taking
        ``(exc_type, exc, tb)``. Returns ``exit``."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push ``await callback(*args, **kwds)``. Returns ``callback``."""
        _exit_wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Call every callback now (as leaving the async with statement)."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        _exit_wrapper = self._create_async_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]

        def _fix_exception_context(new_exc, old_exc):
            while 1:
                exc_context = new_exc.__context__
                if exc_context is None or exc_context is old_exc:
                    return
                if exc_context is frame_exc:
                    break
                new_exc = exc_context
            new_exc.__context__ = old_exc

        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1])
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing: ``with
    nullcontext(x) as y`` binds ``x``. A stand-in for an optional context
    manager."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory inside the block (the process-wide
    directory: not safe with threads)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
