"""Subprocesses with accessible I/O streams.

Kaa's subprocess module, written from CPython 3.11's documentation. The
process work (fork + exec, waiting, moving data through pipes without
deadlock) is done by the Rust module `_subprocess`; what is here is the
documented API: `run`, `Popen`, `call`, `check_call`, `check_output`,
`getoutput`, `getstatusoutput`, `CompletedProcess` and the exceptions.

Differences from CPython: `preexec_fn`, `user`, `group` and `extra_groups`
are not supported (they raise `NotImplementedError`: running Python code
between fork and exec is unsafe in Kaa's multi-threaded runtime); POSIX
only. Starting a process needs the host's subprocess grant.
"""

import io
import os
import sys
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


# ----- exceptions -----

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns
    a non-zero exit status; also by check_call() and check_output()."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            import signal
            try:
                how = repr(signal.Signals(-code))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %s." % (self.cmd, how)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# ----- results -----

class CompletedProcess(object):
    """A process that has finished running: what run() returns."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args),
                 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


# ----- convenience functions -----

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command and wait for it; raise CalledProcessError on a non-zero
    exit code, else return 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError on a
    non-zero exit code."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of running cmd in a shell (stderr merged,
    one trailing newline removed)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of running cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line with the MS C runtime's quoting
    rules (for Windows; kept for compatibility)."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(' ')
        quote = not arg or ' ' in arg or '\t' in arg
        if quote:
            out.append('"')
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                # Backslashes before a quote are doubled, the quote escaped.
                out.append('\\' * (slashes * 2) + '\\"')
            else:
                out.append('\\' * slashes + ch)
            slashes = 0
        # Backslashes at the end are doubled only before the closing quote.
        out.append('\\' * (slashes * 2 if quote else slashes))
        if quote:
            out.append('"')
    return ''.join(out)


# Processes whose Popen object was dropped while they still ran: reaped
# when the next Popen is made, so that they do not linger as zombies.
_active = []


def _cleanup():
    for p in _active[:]:
        try:
            code = _subprocess.poll(p)
        except OSError:
            code = 0
        if code is not None:
            _active.remove(p)


def _fd_of(spec, name):
    """What a stdin/stdout/stderr argument means for `_subprocess.spawn`."""
    if spec is None or spec in (PIPE, STDOUT, DEVNULL):
        return spec
    if isinstance(spec, int):
        return spec
    try:
        fileno = spec.fileno
    except AttributeError:
        raise AttributeError(
            "'%s' object has no attribute 'fileno'" % type(spec).__name__) from None
    return fileno()


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self._waitpid_lock = None
        self._input = None
        self._communication_started = False
        self._collected = None
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn is not supported by Kaa")
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("user, group and extra_groups are not supported by Kaa")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
            else:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in "
                              "binary mode, the default buffer size will be used",
                              RuntimeWarning)
                bufsize = -1
        if process_group is None:
            process_group = -1
        self._execute_child(args, executable, cwd, env,
                            _fd_of(stdin, 'stdin'), _fd_of(stdout, 'stdout'),
                            _fd_of(stderr, 'stderr'), close_fds, pass_fds,
                            start_new_session, process_group, restore_signals,
                            umask, shell)
        ends = self._ends
        if ends[0] != -1:
            self.stdin = self._pipe_file(ends[0], 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        if ends[1] != -1:
            self.stdout = self._pipe_file(ends[1], 'rb', bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding,
                                               errors=errors)
        if ends[2] != -1:
            self.stderr = self._pipe_file(ends[2], 'rb', bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding,
                                               errors=errors)

    @staticmethod
    def _pipe_file(fd, mode, bufsize):
        raw = _subprocess.pipe_file(fd, mode)
        if bufsize == 0:
            return raw
        size = bufsize if bufsize > 1 else io.DEFAULT_BUFFER_SIZE
        if mode == 'wb':
            return io.BufferedWriter(raw, size)
        return io.BufferedReader(raw, size)

    def _execute_child(self, args, executable, cwd, env, stdin, stdout,
                       stderr, close_fds, pass_fds, start_new_session,
                       process_group, restore_signals, umask, shell):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when '
                                'shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable
        argv = [os.fsencode(a) for a in args]
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b'=' + os.fsencode(v))
        elif not _subprocess.inherits_environ():
            # The script's own os.environ (the host's is not granted).
            env_list = [os.fsencode(k) + b'=' + os.fsencode(v)
                        for k, v in os.environ.items()]
        else:
            env_list = None
        exe = os.fsencode(executable)
        if os.path.dirname(exe):
            executables = [exe]
        else:
            executables = [os.path.join(os.fsencode(d), exe)
                           for d in os.get_exec_path(env)]
        cwd_name = None
        cwd_bytes = None
        if cwd is not None:
            cwd_name = os.fspath(cwd)
            cwd_bytes = os.fsencode(cwd)
        fds = tuple(sorted(map(int, pass_fds)))
        pid, *ends = _subprocess.spawn(
            argv, executables, cwd_bytes, env_list, stdin, stdout, stderr,
            bool(close_fds), fds, bool(start_new_session), process_group,
            bool(restore_signals), umask, orig_executable, cwd_name)
        self.pid = pid
        self._child_created = True
        self._ends = ends

    def __repr__(self):
        r = (f"<{self.__class__.__name__}: "
             f"returncode: {self.returncode} args: {self.args!r}>")
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()

    def __del__(self):
        if not self._child_created or self.returncode is not None:
            return
        try:
            code = _subprocess.poll(self.pid)
        except Exception:
            return
        if code is None:
            _active.append(self.pid)
        else:
            self.returncode = code

    def poll(self):
        """Return the returncode if the child has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its returncode; raise
        TimeoutExpired if it runs past timeout seconds."""
        if self.returncode is not None:
            return self.returncode
        t = None if timeout is None else float(timeout)
        code = _subprocess.wait(self.pid, t)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def send_signal(self, sig):
        """Send the signal sig to the child (nothing if it has ended)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the child with SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Kill the child with SIGKILL."""
        self.send_signal(9)

    def _stdin_write(self, data):
        if data:
            try:
                self.stdin.write(data)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != 22:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != 22:
                raise

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr until end of file,
        wait for the child; return (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = (self.stdin, self.stdout, self.stderr)
        if (timeout is None and not self._communication_started
                and sum(p is not None for p in pipes) < 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        left = None if endtime is None else max(endtime - time.monotonic(), 0)
        self.wait(timeout=left)
        return stdout, stderr

    def _communicate(self, input, endtime, orig_timeout):
        if not self._communication_started:
            self._collected = [[], [], 0]
            if self.stdin:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if input:
                    if self.text_mode:
                        input = input.encode(self.stdin.encoding,
                                             self.stdin.errors)
                    self._input = bytes(input)
                else:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
        out_parts, err_parts, offset = self._collected

        def fd(f):
            return None if f is None or f.closed else f.fileno()

        while True:
            left = None
            if endtime is not None:
                left = max(endtime - time.monotonic(), 0.0)
            (offset, out, err, in_done, out_eof, err_eof,
             status) = _subprocess.communicate(
                fd(self.stdin), self._input, offset, fd(self.stdout),
                fd(self.stderr), left)
            self._collected[2] = offset
            if out:
                out_parts.append(out)
            if err:
                err_parts.append(err)
            if self.stdin and in_done and not self.stdin.closed:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
            if self.stdout and out_eof:
                self.stdout.close()
            if self.stderr and err_eof:
                self.stderr.close()
            if status == 1:
                raise TimeoutExpired(self.args, orig_timeout)
            if status == 0:
                break
        stdout = b''.join(out_parts) if self.stdout is not None else None
        stderr = b''.join(err_parts) if self.stderr is not None else None
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding,
                                             self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding,
                                             self.stderr.errors)
        return stdout, stderr
