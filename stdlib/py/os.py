"""Operating-system interfaces: the system calls of the `posix` module, plus
what is written on top of them (os.environ, walk, makedirs, scandir's
DirEntry, exec*, fdopen, ...).

    os.path is posixpath; os.name is 'posix'.
"""

import abc
import sys
import stat as _stat

import posix
from posix import *
from posix import _exit, _scandir, environ as _posix_environ

name = 'posix'
linesep = '\n'

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# The functions that take the optional arguments (CPython's sets).
supports_dir_fd = {access, chmod, chown, link, mkdir, mkfifo, open, readlink,
                   rename, rmdir, stat, symlink, unlink, utime}
supports_effective_ids = {access}
supports_follow_symlinks = {access, chown, link, stat, utime}


# ----- paths -----

class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is None:
                        return NotImplemented
                    return True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _fscodec():
    encoding = 'utf-8'
    errors = 'surrogateescape'

    def fsencode(filename):
        """Encode filename (an os.PathLike, bytes, or str) to the filesystem
        encoding with 'surrogateescape' error handler, return bytes unchanged.
        """
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        return filename

    def fsdecode(filename):
        """Decode filename (an os.PathLike, bytes, or str) from the filesystem
        encoding with 'surrogateescape' error handler, return str unchanged.
        """
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        return filename

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec


# ----- the environment -----

from _collections_abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    """os.environ: a mapping of the process's environment that keeps the
    process in step (putenv/unsetenv) on every change."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _make_environ():
    def check_str(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def encode(value):
        return check_str(value).encode('utf-8', 'surrogateescape')

    def decode(value):
        return value.decode('utf-8', 'surrogateescape')

    data = {}
    for k, v in _posix_environ.items():
        data[decode(k)] = decode(v)
    # The str mapping keeps str keys (what putenv receives is str too).
    return _Environ(data, check_str, str, check_str, str)


def _make_environb():
    def check_bytes(value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        return value

    return _Environ(_BytesView(), check_bytes, bytes, check_bytes, bytes)


class _BytesView(MutableMapping):
    """environb's data: a bytes view of os.environ's str data."""

    def __getitem__(self, key):
        return environ._data[key.decode('utf-8', 'surrogateescape')].encode('utf-8', 'surrogateescape')

    def __setitem__(self, key, value):
        environ._data[key.decode('utf-8', 'surrogateescape')] = value.decode('utf-8', 'surrogateescape')

    def __delitem__(self, key):
        del environ._data[key.decode('utf-8', 'surrogateescape')]

    def __iter__(self):
        for k in list(environ._data):
            yield k.encode('utf-8', 'surrogateescape')

    def __len__(self):
        return len(environ._data)


environ = _make_environ()
environb = _make_environb()
del _make_environ, _make_environb


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# ----- scandir -----

_DT_UNKNOWN = 0
_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10


class DirEntry:
    """An entry of a directory, as scandir() yields it: the name, the full
    path, and the file type the directory listing gave (stat() is called
    only when that is not enough, and its result is cached)."""

    __slots__ = ('name', 'path', '_d_type', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, path, d_type, inode):
        self = object.__new__(cls)
        self.name = name
        self.path = path
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None
        return self

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        try:
            st = self.stat(follow_symlinks=False)
        except FileNotFoundError:
            return False
        return _stat.S_ISLNK(st.st_mode)

    def _test_mode(self, follow_symlinks, d_type, check):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return check(st.st_mode)

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_DIR, _stat.S_ISDIR)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_REG, _stat.S_ISREG)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, entries):
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._pos >= len(self._entries):
            self._entries = None
            raise StopIteration
        entry = self._entries[self._pos]
        self._pos += 1
        return entry

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


_ScandirIterator.__module__ = 'posix'
_ScandirIterator.__qualname__ = _ScandirIterator.__name__ = 'ScandirIterator'


def scandir(*args, **kwargs):
    """Return an iterator of DirEntry objects for given path.

    path can be specified as either str, bytes, or a path-like object.  If path
    is bytes, the names of yielded DirEntry objects will also be bytes; in
    all other circumstances they will be str.

    If path is None, uses the path='.'.
    """
    # posix._scandir checks the arguments, with CPython's messages.
    raw = _scandir(*args, **kwargs)
    path = args[0] if args else kwargs.get('path')
    if path is None:
        top = '.'
    elif isinstance(path, int):
        top = None
    else:
        top = fspath(path)
    entries = []
    for name, d_type, inode in raw:
        if top is None:
            full = name
        else:
            full = top + name if top.endswith(sep if isinstance(top, str) else b'/') \
                else top + (sep if isinstance(top, str) else b'/') + name
        entries.append(DirEntry._make(name, full, d_type, inode))
    return _ScandirIterator(entries)


supports_fd = {chdir, chmod, chown, execve, listdir, scandir, stat, statvfs,
               truncate, utime}


# ----- directory trees -----

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process made it meanwhile.
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: for each directory in the tree rooted at
    top (including top itself), yields a 3-tuple

        dirpath, dirnames, filenames

    With topdown true the caller may prune dirnames in place to choose
    which subdirectories are visited. Errors from scandir() go to
    onerror(exc) if it is given, and are ignored otherwise.
    """
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            # Bottom-up: the directory's own entry, after its children.
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ----- files and processes -----

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor (see
    open())."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    if "b" not in mode:
        pass
    return open(fd, mode, buffering, encoding, *args, **kwargs)


def device_encoding(fd):
    """Return a string describing the encoding of a terminal, or None when
    fd is not a terminal."""
    if not isatty(fd):
        return None
    return 'UTF-8'


def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code: the exit status of a process
    that exited, minus the signal number of one a signal killed."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)


def WIFEXITED(status):
    """Return True if the process exited with exit()."""
    return status & 0x7f == 0


def WEXITSTATUS(status):
    """Return the process return code from status."""
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    """Return True if the process was terminated by a signal."""
    return ((status & 0x7f) + 1) & 0xff >= 2


def WTERMSIG(status):
    """Return the signal that terminated the process."""
    return status & 0x7f


def WIFSTOPPED(status):
    """Return True if the process was stopped by a signal."""
    return status & 0xff == 0x7f


def WSTOPSIG(status):
    """Return the signal that stopped the process."""
    return (status >> 8) & 0xff


def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        run = lambda f: execve(f, args, env)
    else:
        run = lambda f: execv(f, args)
        env = environ
    if path.dirname(file):
        run(file)
        return
    saved = None
    for directory in get_exec_path(env):
        candidate = path.join(fsdecode(directory) if isinstance(file, str)
                              else fsencode(directory), file)
        try:
            run(candidate)
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if saved is None:
                saved = e
    if saved is not None:
        raise saved
    raise last
