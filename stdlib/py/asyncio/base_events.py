"""The event loop: a ready queue, a timer heap and a selector.

One iteration (_run_once) waits in the selector until the first timer is
due (or not at all when callbacks are ready), queues the handles of ready
file descriptors and due timers, then runs every handle that was ready when
the iteration started.
"""

import collections
import concurrent.futures
import heapq
import os
import selectors
import socket
import sys
import threading
import time
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from .log import logger

try:
    # Counts the loop's turns for `kaa --stats` (stdlib/src/asyncio/).
    from _asyncio import _loop_iteration
except ImportError:
    def _loop_iteration():
        pass

__all__ = ('BaseEventLoop', 'Server')

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


async def _probe_asyncgen_function():
    yield


_probe_asyncgen = _probe_asyncgen_function


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        return repr(cb.__self__)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self, selector=None):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-9
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        try:
            self._asyncgens = weakref.WeakSet()
            self._asyncgens.add(_probe_asyncgen())
        except TypeError:
            # This VM cannot weakly reference async generators: keep them
            # alive until shutdown_asyncgens() instead.
            self._asyncgens = set()
        else:
            self._asyncgens.clear()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1
        if selector is None:
            selector = selectors.DefaultSelector()
        self._selector = selector
        self._make_self_pipe()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- the self-pipe wakes the selector from other threads ----------------

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._internal_fds += 1
        self._selector.register(self._ssock.fileno(), selectors.EVENT_READ,
                                (self._read_from_self, None))

    def _read_from_self(self):
        while True:
            try:
                data = self._ssock.recv(4096)
                if not data:
                    break
            except (BlockingIOError, InterruptedError):
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            pass

    # -- futures and tasks ---------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running -------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            events._set_running_loop(self)
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        if self._selector is not None:
            self._selector.unregister(self._ssock.fileno())
            self._ssock.close()
            self._csock.close()
            self._csock = None
            self._selector.close()
            self._selector = None

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- scheduling ----------------------------------------------------------

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        return self._call_soon(callback, args, context)

    def _check_thread(self):
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError(
                "Non-thread-safe operation invoked on an event loop other "
                "than the current one")

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(
                f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        self._write_to_self()
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError('Executor shutdown has been called')
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def _run_once(self):
        _loop_iteration()
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        event_list = self._selector.select(timeout)
        self._process_events(event_list)

        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        if _run_ready is not None and not self._debug:
            _run_ready(self._ready, ntodo)
            return
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                t0 = self.time()
                handle._run()
                dt = self.time() - t0
                if dt >= self.slow_callback_duration:
                    logger.warning('Executing %s took %.3f seconds',
                                   _format_handle(handle), dt)
            else:
                handle._run()
        handle = None

    # -- file descriptors ----------------------------------------------------

    def _process_events(self, event_list):
        for key, mask in event_list:
            if key.data is None:
                continue
            reader, writer = key.data
            if callable(reader) and not isinstance(reader, events.Handle):
                reader()
                continue
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fd)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fd)
                else:
                    self._ready.append(writer)

    def _add_handle(self, fd, event, slot, callback, args):
        """Watch `fd` for `event`; the handle takes `slot` (0 reader, 1
        writer) of the key's (reader, writer) pair, replacing one there."""
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = [None, None]
            pair[slot] = handle
            self._selector.register(fd, event, tuple(pair))
        else:
            pair = list(key.data)
            old, pair[slot] = pair[slot], handle
            self._selector.modify(fd, key.events | event, tuple(pair))
            if old is not None:
                old.cancel()
        return handle

    def _remove_handle(self, fd, event, slot):
        """Stop watching `fd` for `event`; whether a handle was there."""
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        mask = key.events & ~event
        pair = list(key.data)
        old, pair[slot] = pair[slot], None
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(pair))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_handle(fd, selectors.EVENT_READ, 0, callback, args)

    def _remove_reader(self, fd):
        return self._remove_handle(fd, selectors.EVENT_READ, 0)

    def _add_writer(self, fd, callback, *args):
        return self._add_handle(fd, selectors.EVENT_WRITE, 1, callback, args)

    def _remove_writer(self, fd):
        return self._remove_handle(fd, selectors.EVENT_WRITE, 1)

    def add_reader(self, fd, callback, *args):
        if self._debug:
            self._check_callback(callback, 'add_reader')
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        if self._debug:
            self._check_callback(callback, 'add_writer')
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)

    # -- signals -------------------------------------------------------------

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in the loop when signal `sig` arrives."""
        import signal
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError("coroutines cannot be used "
                            "with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            raise ValueError(
                'set_wakeup_fd only works in main thread of the main '
                'interpreter')
        handle = events.Handle(callback, args, self, None)
        if not hasattr(self, '_signal_handlers'):
            self._signal_handlers = {}
        self._signal_handlers[sig] = handle

        def on_signal(signum, frame):
            h = self._signal_handlers.get(signum)
            if h is None or h._cancelled:
                return
            self._ready.append(h)
            self._write_to_self()

        try:
            signal.signal(sig, on_signal)
        except OSError as exc:
            del self._signal_handlers[sig]
            raise RuntimeError(f'sig {sig:d} cannot be caught') from exc

    def remove_signal_handler(self, sig):
        """Remove the handler for `sig`; True if there was one."""
        import signal
        self._check_signal(sig)
        handlers = getattr(self, '_signal_handlers', {})
        try:
            del handlers[sig]
        except KeyError:
            return False
        if sig == signal.SIGINT:
            handler = signal.default_int_handler
        else:
            handler = signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            raise RuntimeError(f'sig {sig:d} cannot be caught') from exc
        return True

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    # -- exception handling --------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            log_lines.append(f'{key}: {value!r}')
        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler',
                             exc_info=True)
        else:
            try:
                ctx = None
                thing = context.get("task")
                if thing is None:
                    thing = context.get("future")
                if thing is None:
                    thing = context.get("handle")
                if thing is not None and hasattr(thing, "get_context"):
                    ctx = thing.get_context()
                if ctx is not None and hasattr(ctx, "run"):
                    ctx.run(self._exception_handler, self, context)
                else:
                    self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler',
                                 exc_info=True)

    # -- sockets -------------------------------------------------------------

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0,
                          flags=0):
        return await self.run_in_executor(
            None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()

        def on_readable():
            if fut.done():
                return
            try:
                data = sock.recv(n)
            except (BlockingIOError, InterruptedError):
                return
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(data)
            self._remove_reader(fd)

        self._add_reader(fd, on_readable)
        fut.add_done_callback(lambda f: self._remove_reader(fd))
        return await fut

    async def sock_sendall(self, sock, data):
        view = memoryview(data)
        while view:
            try:
                n = sock.send(view)
            except (BlockingIOError, InterruptedError):
                n = 0
            view = view[n:]
            if view:
                fut = self.create_future()
                fd = sock.fileno()
                self._add_writer(fd, futures._set_result_unless_cancelled,
                                 fut, None)
                try:
                    await fut
                finally:
                    self._remove_writer(fd)

    async def sock_connect(self, sock, address):
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._add_writer(fd, futures._set_result_unless_cancelled, fut, None)
        try:
            await fut
        finally:
            self._remove_writer(fd)
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')

    async def sock_accept(self, sock):
        while True:
            try:
                conn, address = sock.accept()
                conn.setblocking(False)
                return conn, address
            except (BlockingIOError, InterruptedError):
                pass
            fut = self.create_future()
            fd = sock.fileno()
            self._add_reader(fd, futures._set_result_unless_cancelled,
                             fut, None)
            try:
                await fut
            finally:
                self._remove_reader(fd)

    async def create_connection(self, protocol_factory, host=None, port=None,
                                *, sock=None, family=0, proto=0, flags=0,
                                local_addr=None, server_hostname=None,
                                ssl=None, **kwargs):
        if ssl:
            raise NotImplementedError("Kaa's asyncio has no SSL support")
        if sock is None:
            if host is None and port is None:
                raise ValueError(
                    'host and port was not specified and no sock specified')
            infos = await self.getaddrinfo(host, port, family=family,
                                           type=socket.SOCK_STREAM,
                                           proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            exceptions_ = []
            for fam, type_, proto_, _, address in infos:
                sock = socket.socket(fam, type_, proto_)
                sock.setblocking(False)
                try:
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    exceptions_.append(exc)
                    sock.close()
                    sock = None
                except BaseException:
                    sock.close()
                    raise
            if sock is None:
                if len(exceptions_) == 1:
                    raise exceptions_[0]
                model = str(exceptions_[0])
                if all(str(exc) == model for exc in exceptions_):
                    raise exceptions_[0]
                raise OSError('Multiple exceptions: {}'.format(
                    ', '.join(str(exc) for exc in exceptions_)))
        else:
            sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE,
                            sock=None, backlog=100, ssl=None,
                            reuse_address=None, reuse_port=None,
                            start_serving=True, **kwargs):
        if ssl:
            raise NotImplementedError("Kaa's asyncio has no SSL support")
        if sock is None:
            if host == '':
                host = None
            hosts = [host] if host is None or isinstance(host, str) \
                else list(host)
            sockets = []
            if reuse_address is None:
                reuse_address = os.name == 'posix'
            try:
                for h in hosts:
                    infos = await self.getaddrinfo(
                        h, port, family=family, type=socket.SOCK_STREAM,
                        flags=flags)
                    for af, socktype, proto, _, sa in infos:
                        try:
                            s = socket.socket(af, socktype, proto)
                        except OSError:
                            continue
                        sockets.append(s)
                        if reuse_address:
                            s.setsockopt(socket.SOL_SOCKET,
                                         socket.SO_REUSEADDR, True)
                        if reuse_port:
                            s.setsockopt(socket.SOL_SOCKET,
                                         socket.SO_REUSEPORT, True)
                        if af == getattr(socket, 'AF_INET6', None) and \
                                hasattr(socket, 'IPPROTO_IPV6'):
                            try:
                                s.setsockopt(socket.IPPROTO_IPV6,
                                             socket.IPV6_V6ONLY, True)
                            except (AttributeError, OSError):
                                pass
                        try:
                            s.bind(sa)
                        except OSError as err:
                            raise OSError(
                                err.errno,
                                f'error while attempting to bind on address '
                                f'{sa!r}: {err.strerror.lower()}') from None
            except BaseException:
                for s in sockets:
                    s.close()
                raise
        else:
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def create_unix_connection(self, protocol_factory, path=None, *,
                                     sock=None, **kwargs):
        if sock is None:
            if path is None:
                raise ValueError('no path and sock were specified')
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            sock.setblocking(False)
            try:
                await self.sock_connect(sock, os.fspath(path))
            except BaseException:
                sock.close()
                raise
        return await self.create_connection(protocol_factory, sock=sock)

    async def create_unix_server(self, protocol_factory, path=None, *,
                                 sock=None, backlog=100, ssl=None,
                                 start_serving=True, **kwargs):
        if ssl:
            raise NotImplementedError("Kaa's asyncio has no SSL support")
        if sock is None:
            if path is None:
                raise ValueError('path was not specified, and no sock '
                                 'specified')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except BaseException:
                sock.close()
                raise
        sock.setblocking(False)
        server = Server(self, [sock], protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def connect_accepted_socket(self, protocol_factory, sock, **kw):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, waiter)
        await waiter
        return transport, protocol

    async def create_datagram_endpoint(self, protocol_factory,
                                       local_addr=None, remote_addr=None, *,
                                       family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None,
                                       sock=None):
        """A UDP transport bound to local_addr and/or connected to
        remote_addr."""
        if sock is None:
            if not (local_addr or remote_addr):
                if family == 0:
                    raise ValueError('unexpected address family')
                sock = socket.socket(family, socket.SOCK_DGRAM, proto)
            else:
                addr = local_addr or remote_addr
                if family == 0:
                    infos = await self.getaddrinfo(
                        addr[0], addr[1], type=socket.SOCK_DGRAM,
                        proto=proto, flags=flags)
                    if not infos:
                        raise OSError('getaddrinfo() returned empty list')
                    family = infos[0][0]
                sock = socket.socket(family, socket.SOCK_DGRAM, proto)
                try:
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_REUSEPORT, 1)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_BROADCAST, 1)
                    if local_addr:
                        sock.bind(local_addr)
                    if remote_addr:
                        sock.setblocking(False)
                        await self.sock_connect(sock, remote_addr)
                except BaseException:
                    sock.close()
                    raise
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorDatagramTransport(self, sock, protocol,
                                               remote_addr, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def sock_recvfrom(self, sock, bufsize):
        while True:
            try:
                return sock.recvfrom(bufsize)
            except (BlockingIOError, InterruptedError):
                pass
            fut = self.create_future()
            fd = sock.fileno()
            self._add_reader(fd, futures._set_result_unless_cancelled,
                             fut, None)
            try:
                await fut
            finally:
                self._remove_reader(fd)

    async def sock_sendto(self, sock, data, address):
        while True:
            try:
                return sock.sendto(data, address)
            except (BlockingIOError, InterruptedError):
                pass
            fut = self.create_future()
            fd = sock.fileno()
            self._add_writer(fd, futures._set_result_unless_cancelled,
                             fut, None)
            try:
                await fut
            finally:
                self._remove_writer(fd)

    async def sock_recv_into(self, sock, buf):
        while True:
            try:
                return sock.recv_into(buf)
            except (BlockingIOError, InterruptedError):
                pass
            fut = self.create_future()
            fd = sock.fileno()
            self._add_reader(fd, futures._set_result_unless_cancelled,
                             fut, None)
            try:
                await fut
            finally:
                self._remove_reader(fd)

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return None
            except OSError as exc:
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': sock,
                })
                return None
            protocol = protocol_factory()
            _SelectorSocketTransport(self, conn, protocol, None, server=server)

    async def subprocess_exec(self, protocol_factory, program, *args,
                              **kwargs):
        raise NotImplementedError(
            "Kaa's asyncio has no subprocess transports; use "
            "asyncio.create_subprocess_exec()")


class Server(events.AbstractServer):
    """Listening sockets that make a transport per accepted connection."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._add_reader(sock.fileno(),
                                   self._loop._accept_connection,
                                   self._protocol_factory, sock, self,
                                   self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on '
                f'serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


class _SelectorTransportEnd:
    """How the socket and datagram transports end: stop watching the socket,
    then (on the next loop turn) tell the protocol, close the socket and let
    go of the server, if any."""

    _server = None

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._sock is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class _SelectorSocketTransport(_SelectorTransportEnd):
    """A stream transport over a non-blocking socket."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        if server is not None:
            server._attach()
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd,
                             self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled,
                                 waiter, None)

    def __repr__(self):
        state = 'closed' if self._sock is None else (
            'closing' if self._closing else 'open')
        return f'<_SelectorSocketTransport fd={self._sock_fd} {state}>'

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def _add_reader(self, fd, callback):
        if not self._paused and not self._closing:
            self._loop._add_reader(fd, callback)

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc)
            return
        if not data:
            self._read_ready__on_eof()
            return
        self._protocol.data_received(data)

    def _read_ready__on_eof(self):
        self._loop._remove_reader(self._sock_fd)
        keep_open = self._protocol.eof_received()
        if not keep_open:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc)
                return
            else:
                data = memoryview(data)[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc)
            return
        if n:
            del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def _maybe_pause_protocol(self):
        if len(self._buffer) <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(
                f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)



class _SelectorDatagramTransport(_SelectorTransportEnd):
    """A datagram transport over a non-blocking UDP socket."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None):
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._buffer = collections.deque()
        self._buffer_size = 0
        self._closing = False
        self._conn_lost = 0
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._loop._add_reader, self._sock_fd,
                             self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled,
                                 waiter, None)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc)
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(
                    f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc)
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc)
                return
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc):
        self._loop.call_exception_handler({
            'message': 'Fatal error on transport',
            'exception': exc,
            'transport': self,
            'protocol': self._protocol,
        })
        self._force_close(exc)


# The loop's hot paths in Rust (stdlib/src/asyncio/): `call_soon` made by
# native code (a task's next step, a future's callbacks) appends a Handle to
# `_ready` itself while the loop's class keeps these methods, and
# `_run_once` runs the ready handles with `_run_ready` outside debug mode.
try:
    from _asyncio import _setup_loop, _run_ready
except ImportError:
    _run_ready = None
else:
    _setup_loop(BaseEventLoop)
