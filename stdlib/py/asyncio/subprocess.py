"""create_subprocess_exec/_shell: a child process with stream pipes.

The pipes are non-blocking file descriptors watched by the loop
(add_reader/add_writer): stdout and stderr feed StreamReaders, stdin is a
small buffered writer.  The child's exit is noticed by a helper thread that
waits for it and reports to the loop.
"""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import collections
import os
import subprocess
import threading

from . import events
from . import streams
from . import tasks

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class _ReadPipeTransport:
    """Reads a pipe in the loop and feeds a StreamReader."""

    max_size = 256 * 1024

    def __init__(self, loop, pipe, reader, on_closed):
        self._loop = loop
        self._pipe = pipe
        self._fd = pipe.fileno()
        self._reader = reader
        self._on_closed = on_closed
        self._paused = False
        self._closing = False
        os.set_blocking(self._fd, False)
        reader.set_transport(self)
        loop._add_reader(self._fd, self._read_ready)

    def _read_ready(self):
        try:
            data = os.read(self._fd, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._reader.set_exception(exc)
            self.close()
            return
        if data:
            self._reader.feed_data(data)
        else:
            self._reader.feed_eof()
            self.close()

    def pause_reading(self):
        if not self._paused and not self._closing:
            self._paused = True
            self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._loop._add_reader(self._fd, self._read_ready)

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._fd)
        self._pipe.close()
        self._on_closed()

    def get_extra_info(self, name, default=None):
        return {'pipe': self._pipe}.get(name, default)


class _PipeWriter:
    """The StreamWriter of a process's stdin: buffered, drained by the
    loop."""

    def __init__(self, loop, pipe):
        self._loop = loop
        self._pipe = pipe
        self._fd = pipe.fileno()
        self._buffer = bytearray()
        self._closing = False
        self._closed = False
        self._drain_waiters = collections.deque()
        self._error = None
        os.set_blocking(self._fd, False)

    def __repr__(self):
        return f'<StreamWriter transport=<pipe fd={self._fd}>>'

    @property
    def transport(self):
        return self

    def get_extra_info(self, name, default=None):
        return {'pipe': self._pipe}.get(name, default)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._closing or not data:
            return
        if not self._buffer:
            try:
                n = os.write(self._fd, data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (BrokenPipeError, ConnectionResetError) as exc:
                self._error = exc
                self._finish()
                return
            data = memoryview(data)[n:]
            if not data:
                return
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer.extend(data)

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    def _write_ready(self):
        try:
            n = os.write(self._fd, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (BrokenPipeError, ConnectionResetError) as exc:
            self._error = exc
            self._buffer.clear()
            self._finish()
            return
        del self._buffer[:n]
        if not self._buffer:
            self._loop._remove_writer(self._fd)
            self._wake_drainers()
            if self._closing:
                self._finish()

    def _wake_drainers(self):
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _finish(self):
        if self._closed:
            return
        self._closed = True
        self._closing = True
        self._loop._remove_writer(self._fd)
        self._pipe.close()
        self._wake_drainers()

    async def drain(self):
        if self._error is not None:
            exc, self._error = self._error, None
            raise exc
        if not self._buffer:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)
        if self._error is not None:
            exc, self._error = self._error, None
            raise exc

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._finish()

    def is_closing(self):
        return self._closing

    async def wait_closed(self):
        while not self._closed:
            await self.drain()
            if not self._closed:
                await tasks.sleep(0)


class Process:
    """A child process started by create_subprocess_exec/_shell."""

    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self.pid = popen.pid
        self._exit = loop.create_future()
        self._open_pipes = 0
        self._pipes_closed = loop.create_future()
        self.stdin = None
        self.stdout = None
        self.stderr = None
        if popen.stdin is not None:
            self.stdin = _PipeWriter(loop, popen.stdin)
        if popen.stdout is not None:
            self.stdout = self._reader(popen.stdout, limit)
        if popen.stderr is not None:
            self.stderr = self._reader(popen.stderr, limit)
        if not self._open_pipes:
            self._pipes_closed.set_result(None)
        thread = threading.Thread(target=self._wait_for_exit, daemon=True)
        thread.start()

    def _reader(self, pipe, limit):
        reader = streams.StreamReader(limit=limit, loop=self._loop)
        self._open_pipes += 1
        _ReadPipeTransport(self._loop, pipe, reader, self._pipe_closed)
        return reader

    def _pipe_closed(self):
        self._open_pipes -= 1
        if self._open_pipes == 0 and not self._pipes_closed.done():
            self._pipes_closed.set_result(None)

    def _wait_for_exit(self):
        returncode = self._popen.wait()
        loop = self._loop
        if not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._exited, returncode)
            except RuntimeError:
                pass

    def _exited(self, returncode):
        if not self._exit.done():
            self._exit.set_result(returncode)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        if self._exit.done():
            return self._exit.result()
        return None

    async def wait(self):
        return await self._exit

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()

    async def _feed_stdin(self, input):
        try:
            if input is not None:
                self.stdin.write(input)
                await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, stream):
        output = await stream.read()
        return output

    async def communicate(self, input=None):
        if self.stdin is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        if self.stdout is not None:
            stdout = self._read_stream(self.stdout)
        else:
            stdout = self._noop()
        if self.stderr is not None:
            stderr = self._read_stream(self.stderr)
        else:
            stderr = self._noop()
        stdin, stdout, stderr = await tasks.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()
    popen = subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout,
                             stderr=stderr, bufsize=0, **kwds)
    return Process(popen, loop, limit)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                                 stderr=None, limit=streams._DEFAULT_LIMIT,
                                 **kwds):
    loop = events.get_running_loop()
    popen = subprocess.Popen((program,) + args, stdin=stdin, stdout=stdout,
                             stderr=stderr, bufsize=0, **kwds)
    return Process(popen, loop, limit)
