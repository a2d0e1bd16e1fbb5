"""Pathname operations for POSIX systems (os.path on POSIX).

Every function takes str, bytes or os.PathLike objects and answers in the
type it was given."""

import os
import sys
import stat
import genericpath
from genericpath import *
from genericpath import _check_arg_types, _splitext

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        parts = [os.fspath(b) for b in p]
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    for b in parts:
        if isinstance(b, str) != isinstance(path, str):
            _check_arg_types('join', a, *parts)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b'/', None, b'.')
    return _splitext(p, '/', None, '.')


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if s1.st_dev != s2.st_dev:
        return True
    return s1.st_ino == s2.st_ino


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            try:
                import pwd
                userhome = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            userhome = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes) and isinstance(userhome, str):
        userhome = os.fsencode(userhome)
    root = sep
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _is_name_char(c):
    # What `\w` matches in an ASCII regular expression.
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        environ = getattr(os, 'environb', None)
        if environ is None:
            environ = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
        lookup = lambda name: environ[name.encode('latin-1')].decode('latin-1')
        encode = lambda s: s.encode('latin-1')
    else:
        if '$' not in path:
            return path
        text = path
        environ = os.environ
        lookup = lambda name: environ[name]
        encode = lambda s: s
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and text[j] == '{':
            end = text.find('}', j + 1)
            if end < 0:
                out.append(text[i:])
                break
            name = text[j + 1:end]
            stop = end + 1
        else:
            k = j
            while k < n and _is_name_char(text[k]):
                k += 1
            name = text[j:k]
            stop = k
            if not name:
                out.append(c)
                i += 1
                continue
        try:
            out.append(lookup(name))
        except KeyError:
            out.append(text[i:stop])
        i = stop
    return encode(''.join(out))


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one or three and more are one.
    if path.startswith(sep):
        lead = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    else:
        lead = 0
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if lead:
                continue
        parts.append(comp)
    result = sep * lead + sep.join(parts)
    return result or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    result = sep if filename.startswith(sep) else filename[:0]
    # Components still to resolve, the next one last. A tuple marks the
    # end of a link's target: (link path,), so that a link met again while
    # its own target is being resolved is known to be a loop.
    pending = filename.split(sep)[::-1]
    expanding = set()
    resolved = {}
    while pending:
        name = pending.pop()
        if isinstance(name, tuple):
            expanding.discard(name[0])
            resolved[name[0]] = result
            continue
        if not name or name == dot:
            continue
        if name == dotdot:
            if not result or basename(result) == dotdot:
                result = join(result, dotdot)
            elif result != sep:
                result = dirname(result)
            continue
        new = join(result, name)
        try:
            st = os.lstat(new)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            result = new
            continue
        if new in resolved:
            result = resolved[new]
            continue
        if new in expanding:
            if strict:
                import errno
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), new)
            rest = [p for p in pending[::-1] if not isinstance(p, tuple)]
            return abspath(join(new, *rest))
        expanding.add(new)
        target = os.readlink(new)
        if target.startswith(sep):
            result = sep
        pending.append((new,))
        pending.extend(target.split(sep)[::-1])
    return abspath(result)


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    _check_arg_types('relpath', path, start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    _check_arg_types('commonpath', *paths)
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    split_paths = [p.split(sep) for p in paths]
    absolute = {p[:1] == sep for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = sep if paths[0][:1] == sep else sep[:0]
    return prefix + sep.join(common)
