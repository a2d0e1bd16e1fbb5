"""create_subprocess_exec/_shell: a Popen whose pipes are read by threads.

Kaa's asyncio has no subprocess transports; the pipes are serviced with
loop.run_in_executor, which keeps the loop responsive.
"""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import subprocess

from . import events
from . import tasks

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class _PipeReader:
    """The subset of StreamReader used on a process's stdout/stderr."""

    def __init__(self, pipe, loop):
        self._pipe = pipe
        self._loop = loop

    async def read(self, n=-1):
        if n < 0:
            return await self._loop.run_in_executor(None, self._pipe.read)
        return await self._loop.run_in_executor(None, self._pipe.read1, n) \
            if hasattr(self._pipe, 'read1') else \
            await self._loop.run_in_executor(None, self._pipe.read, n)

    async def readline(self):
        return await self._loop.run_in_executor(None, self._pipe.readline)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


class _PipeWriter:
    """The subset of StreamWriter used on a process's stdin."""

    def __init__(self, pipe, loop):
        self._pipe = pipe
        self._loop = loop

    def write(self, data):
        self._pipe.write(data)

    def writelines(self, data):
        for d in data:
            self._pipe.write(d)

    async def drain(self):
        await self._loop.run_in_executor(None, self._pipe.flush)

    def close(self):
        self._pipe.close()

    def is_closing(self):
        return self._pipe.closed

    async def wait_closed(self):
        pass


class Process:
    def __init__(self, popen, loop):
        self._popen = popen
        self._loop = loop
        self.stdin = None if popen.stdin is None else \
            _PipeWriter(popen.stdin, loop)
        self.stdout = None if popen.stdout is None else \
            _PipeReader(popen.stdout, loop)
        self.stderr = None if popen.stderr is None else \
            _PipeReader(popen.stderr, loop)
        self.pid = popen.pid

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._popen.poll()

    async def wait(self):
        return await self._loop.run_in_executor(None, self._popen.wait)

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()

    async def communicate(self, input=None):
        return await self._loop.run_in_executor(
            None, self._popen.communicate, input)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=None, **kwds):
    loop = events.get_running_loop()
    popen = subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout,
                             stderr=stderr, **kwds)
    await tasks.sleep(0)
    return Process(popen, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                                 stderr=None, limit=None, **kwds):
    loop = events.get_running_loop()
    popen = subprocess.Popen((program,) + args, stdin=stdin, stdout=stdout,
                             stderr=stderr, **kwds)
    await tasks.sleep(0)
    return Process(popen, loop)
