"""Object-oriented filesystem paths.

Kaa's pathlib, written from the documentation of CPython 3.11's module and
its observed behaviour.  Pure paths (PurePath, PurePosixPath,
PureWindowsPath) only compute on strings; concrete paths (Path, PosixPath,
WindowsPath) reach the file system through os and open, so an embedder's
sandbox applies to them as to any other file access.

A "flavour" object holds what differs between POSIX and Windows paths:
separators, how a string splits into drive, root and the rest, case
folding, reserved names and file URIs.  A path stores its drive, its root
and its parts (the anchor, drive + root, first when there is one), as 3.11
does; subclasses see the same `_flavour`, `_drv`, `_root` and `_parts`.
"""

import io
import os
import sys
from _collections_abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import (S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG,
                  S_ISSOCK)

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


# Errors that the is_*() predicates and glob() take to mean "no such thing"
# rather than report.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)
_WINERROR_NOT_READY = 21
_WINERROR_INVALID_NAME = 123
_WINERROR_CANT_RESOLVE_FILENAME = 1921
_IGNORED_WINERRORS = (_WINERROR_NOT_READY, _WINERROR_INVALID_NAME,
                      _WINERROR_CANT_RESOLVE_FILENAME)


def _audit(event, *args):
    # sys.audit, where the interpreter has audit hooks
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit(event, *args)


def _ignore_error(exc):
    return (getattr(exc, 'errno', None) in _IGNORED_ERRNOS
            or getattr(exc, 'winerror', None) in _IGNORED_WINERRORS)


def _warn_deprecated(message):
    # The warnings module is optional here: without it the call just works.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                      b'abcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _uri_quote(data):
    """Percent-encode bytes for a file URI (what urllib's quote does)."""
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


# ---------------------------------------------------------------------------
# Flavours

class _Flavour:
    """What POSIX and Windows paths share: parsing a sequence of strings
    into (drive, root, parts) and joining two parsed paths."""

    def __init__(self):
        self.join = self.sep.join

    def parse_parts(self, parts):
        # Left to right: an argument with a root or a drive starts the path
        # again.  One with a root but no drive keeps the last drive seen
        # (so ('c:', '/', 'a') gives 'c:\\a').
        sep, altsep = self.sep, self.altsep
        drv = root = last_drv = ''
        rel = []
        for part in parts:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            d, r, tail = self.splitroot(part)
            if d:
                last_drv = d
            if d or r:
                drv, root, rel = (d or last_drv), r, []
            rel.extend(x for x in tail.split(sep) if x and x != '.')
        if drv or root:
            rel.insert(0, drv + root)
        return drv, root, rel

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """What `first / second` is, both already parsed."""
        if root2:
            if drv and not drv2:
                # '/x' on a path with a drive stays on that drive.
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                # 'c:x' on a path on c: is relative to it.
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')
    pathmod = os.path

    def splitroot(self, part, sep=sep):
        if part[:1] != sep:
            return '', '', part
        rest = part.lstrip(sep)
        # Exactly two leading slashes are kept (POSIX leaves their meaning
        # to the implementation); one or three and more mean '/'.
        if len(part) - len(rest) == 2:
            return '', sep * 2, rest
        return '', sep, rest

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        import fnmatch, re
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _uri_quote(os.fsencode(str(path)))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')
    pathmod = None
    drive_letters = frozenset('abcdefghijklmnopqrstuvwxyz'
                              'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    ext_namespace_prefix = '\\\\?\\'
    reserved_names = (
        {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
        | {'COM' + c for c in '123456789\xb9\xb2\xb3'}
        | {'LPT' + c for c in '123456789\xb9\xb2\xb3'}
    )

    def splitroot(self, part, sep=sep):
        # An extended-length prefix (\\?\ or \\?\UNC\) stays in the drive.
        prefix = ''
        if part.startswith(self.ext_namespace_prefix):
            prefix, part = part[:4], part[4:]
            if part.startswith('UNC\\'):
                prefix += 'UNC'
                part = '\\' + part[3:]
        # A UNC share, \\server\share, is the drive; the root follows it.
        if part[:2] == sep * 2 and part[2:3] != sep:
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    share = prefix + part[1:j] if prefix else part[:j]
                    return share, sep, part[j + 1:]
        drv = root = ''
        if part[1:2] == ':' and part[:1] in self.drive_letters:
            drv, part = part[:2], part[2:]
        if part[:1] == sep:
            root, part = sep, part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        import fnmatch, re
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self.reserved_names

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            # c:/x becomes file:///c:/x
            prefix, rest = 'file:///' + drive, path.as_posix()[2:]
        else:
            # a UNC share //server/share/x becomes file://server/share/x
            prefix, rest = 'file:', path.as_posix()
        return prefix + _uri_quote(rest.encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


# ---------------------------------------------------------------------------
# Pure paths

class _PathParents(Sequence):
    """The ancestors of a path, nearest first (path.parents)."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Depending on your system,
    instantiating a PurePath will return either a PurePosixPath or a
    PureWindowsPath object.  You can also instantiate either of these classes
    directly, regardless of your system.
    """

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts',
                 '_cached_cparts')

    def __new__(cls, *args):
        """Construct a PurePath from one or several strings and or existing
        PurePath objects.  The strings and path objects are combined so as
        to yield a canonicalized path, which is incorporated into the
        new PurePath object.
        """
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    # -- construction --------------------------------------------------

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings += a._parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % (type(a),))
            strings.append(str(a))
        return cls._flavour.parse_parts(strings)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = cls._parse_args(args)
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.join(parts[1:])
        return cls._flavour.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    # -- string forms --------------------------------------------------

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(
                self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    # -- comparisons ---------------------------------------------------

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    # -- components ----------------------------------------------------

    drive = property(lambda self: self._drv,
                     doc="""The drive prefix (letter or UNC path), if any.""")

    root = property(lambda self: self._root,
                    doc="""The root of the path, if any.""")

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    @property
    def parent(self):
        """The logical parent of the path."""
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    # -- derived paths -------------------------------------------------

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] in (f.sep, f.altsep) or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)] + suffix
        else:
            name = name + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
        """
        if not other:
            raise TypeError("need at least one argument")
        # Compare as [drive, root, names...] so that 'c:' alone and 'c:\\'
        # are told apart.
        drv, root, parts = self._drv, self._root, self._parts
        mine = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        theirs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if n == 0:
            bad = bool(root or drv)
        else:
            bad = cf(mine[:n]) != cf(theirs)
        if bad:
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError(
                "{!r} is not in the subpath of {!r} OR one path is relative "
                "and the other is absolute.".format(str(self), formatted))
        return self._from_parsed_parts('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    # -- predicates ----------------------------------------------------

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """
        Return True if this path matches the given pattern.
        """
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        from fnmatch import fnmatchcase
        parts = self._cparts
        if drv or root:
            # An anchored pattern matches the whole path.
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems.

    On a Windows system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------
# Globbing

def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


class _Glob:
    """One glob() or rglob() walk: the pattern's parts, checked up front,
    matched against directory listings one part at a time."""

    def __init__(self, pattern_parts, flavour):
        steps = []
        for pat in pattern_parts:
            if not pat:
                # A trailing separator: only directories match the part
                # before it, and the walk ends here.
                break
            if pat == '**':
                steps.append(('**', None))
            elif '**' in pat:
                raise ValueError("Invalid pattern: '**' can only be an "
                                 "entire path component")
            elif _is_wildcard_pattern(pat):
                steps.append(('*', flavour.compile_pattern(pat)))
            else:
                steps.append(('=', pat))
        self.steps = steps
        # a part followed by another part (even the empty one) must be a
        # directory
        self.dironly = [i + 1 < len(pattern_parts)
                        for i in range(len(steps))]

    def select_from(self, parent):
        if not parent.is_dir():
            return iter([])
        return self._select(parent, 0)

    def _select(self, path, i):
        if i == len(self.steps):
            yield path
            return
        kind, arg = self.steps[i]
        try:
            if kind == '=':
                child = path._make_child_relpath(arg)
                if child.is_dir() if self.dironly[i] else child.exists():
                    yield from self._select(child, i + 1)
            elif kind == '*':
                yield from self._select_wildcard(path, i, arg)
            else:
                yield from self._select_recursive(path, i)
        except PermissionError:
            return

    def _select_wildcard(self, path, i, match):
        with path._scandir() as it:
            entries = list(it)
        for entry in entries:
            if self.dironly[i]:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            name = entry.name
            if match(name):
                yield from self._select(path._make_child_relpath(name), i + 1)

    def _directories(self, path):
        # path and every directory below it, not following symlinks
        yield path
        try:
            with path._scandir() as it:
                entries = list(it)
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    is_dir = False
                if is_dir and not entry.is_symlink():
                    child = path._make_child_relpath(entry.name)
                    yield from self._directories(child)
        except PermissionError:
            return

    def _select_recursive(self, path, i):
        seen = set()
        for start in self._directories(path):
            for p in self._select(start, i + 1):
                if p not in seen:
                    yield p
                    seen.add(p)


# ---------------------------------------------------------------------------
# Concrete paths

class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts + [part])

    def __enter__(self):
        _warn_deprecated(
            "pathlib.Path.__enter__() is deprecated and scheduled for "
            "removal in Python 3.13; Path objects as a context manager is "
            "a no-op")
        return self

    def __exit__(self, t, v, tb):
        pass

    # -- where -----------------------------------------------------------

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd()).
        """
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~')).
        """
        return cls("~").expanduser()

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file.
        """
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
        """
        def raise_if_loop(e):
            if (getattr(e, 'errno', None) == ELOOP or getattr(e, 'winerror', 0)
                    == _WINERROR_CANT_RESOLVE_FILENAME):
                raise RuntimeError("Symlink loop from %r" % (e.filename,))

        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            raise_if_loop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            # realpath() does not report a loop when not strict: stat does.
            try:
                p.stat()
            except OSError as e:
                raise_if_loop(e)
        return p

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
        """
        if (not (self._drv or self._root) and self._parts
                and self._parts[0][:1] == '~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
        """
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    # -- listing -------------------------------------------------------

    def iterdir(self):
        """Iterate over the files in this directory.  Does not yield any
        result for the special paths '.' and '..'.
        """
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        _audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        # CPython 3.11 fails on patterns that are only '.' and separators;
        # so does this, the same way.
        if not pattern_parts:
            raise IndexError("tuple index out of range")
        if pattern_parts == ['']:
            raise AttributeError("'_TerminatingSelector' object has no "
                                 "attribute 'select_from'")
        yield from _Glob(pattern_parts, f).select_from(self)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        _audit("pathlib.Path.rglob", self, pattern)
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        yield from _Glob(['**'] + pattern_parts, f).select_from(self)

    # -- status --------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
        """
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return self.stat(follow_symlinks=False)

    def owner(self):
        """
        Return the login name of the file owner.
        """
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this "
                                      "system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """
        Return the group name of the file gid.
        """
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this "
                                      "system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    def _test_mode(self, test, follow_symlinks=True):
        try:
            st = self.stat() if follow_symlinks else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            # A missing path, or one with a missing directory on the way.
            return False
        except ValueError:
            # Not representable on this system (a NUL in it, say).
            return False
        return test(st.st_mode)

    def exists(self):
        """
        Whether this path exists.
        """
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """
        Whether this path is a directory.
        """
        return self._test_mode(S_ISDIR)

    def is_file(self):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        return self._test_mode(S_ISREG)

    def is_symlink(self):
        """
        Whether this path is a symbolic link.
        """
        return self._test_mode(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """
        Whether this path is a block device.
        """
        return self._test_mode(S_ISBLK)

    def is_char_device(self):
        """
        Whether this path is a character device.
        """
        return self._test_mode(S_ISCHR)

    def is_fifo(self):
        """
        Whether this path is a FIFO.
        """
        return self._test_mode(S_ISFIFO)

    def is_socket(self):
        """
        Whether this path is a socket.
        """
        return self._test_mode(S_ISSOCK)

    def is_mount(self):
        """
        Check if this path is a POSIX mount point
        """
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_st.st_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    # -- reading and writing -------------------------------------------

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """
        Open the file pointed by this path and return a file object, as
        the built-in open() function does.
        """
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        if not hasattr(os, "readlink"):
            raise NotImplementedError("os.readlink() not available on this "
                                      "system")
        return self._from_parts((os.readlink(self),))

    # -- changing the file system --------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file with the given access mode, if it doesn't exist.
        """
        if exist_ok:
            # Only bump the times of an existing file.
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # An existing directory is fine with exist_ok; anything else
            # (a file in the way, no permission) is not.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        os.rmdir(self)

    def rename(self, target):
        """
        Rename this path to the target path.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
        """
        if not hasattr(os, "symlink"):
            raise NotImplementedError("os.symlink() not available on this "
                                      "system")
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
        """
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def link_to(self, target):
        """
        Make the target path a hard link pointing to this path.

        Note this function does not make this path a hard link to *target*,
        despite the implication of the function and argument names. The order
        of arguments (target, link) is the reverse of Path.symlink_to, but
        matches that of os.link.

        Deprecated since Python 3.10 and scheduled for removal in Python 3.12.
        Use `hardlink_to()` instead.
        """
        _warn_deprecated(
            "pathlib.Path.link_to() is deprecated and is scheduled for "
            "removal in Python 3.12. Use pathlib.Path.hardlink_to() instead.")
        self.__class__(target).hardlink_to(self)


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
    """
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this "
                                  "system")
