"""Cache lines from Python source files.

Written for Kaa from the documentation of CPython 3.11's `linecache`.

`cache` maps a file name to `(size, mtime, lines, fullname)`, or to a
1-tuple `(get_lines,)` for a lazily registered module source (see
`lazycache`).  Files are read through `open`, so the embedder's sandbox
applies.  Kaa's frozen standard library modules have file names such as
`<frozen string>`, which name no file: they give no lines.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get line `lineno` of `filename` ('' when there is no such line)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines of `filename`, from the cache if they are there."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries whose file changed on disk (or is gone)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue          # lazily registered: nothing read yet
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue          # not from a file: cannot go stale
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo_name(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _encoding_of(first_lines):
    """The encoding named by a PEP 263 cookie in the first two lines."""
    import re
    cookie = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
    for i, line in enumerate(first_lines[:2]):
        m = cookie.match(line)
        if m:
            return m.group(1).decode('ascii', 'replace')
        stripped = line.strip()
        if i == 0 and stripped and not stripped.startswith(b'#'):
            break
    return 'utf-8'


def _read_source(fullname):
    with open(fullname, 'rb') as fp:
        data = fp.read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        encoding = 'utf-8'
    else:
        encoding = _encoding_of(data.split(b'\n', 2))
    try:
        text = data.decode(encoding)
    except LookupError:
        raise SyntaxError('unknown encoding: ' + encoding)
    # Universal newlines, as reading in text mode would give.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.splitlines(True)


def updatecache(filename, module_globals=None):
    """(Re)read `filename` into the cache and return its lines ([] if
    it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if _is_pseudo_name(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if not isinstance(filename, str) or os.path.isabs(filename):
            return []
        # A relative name: look for it along sys.path.
        for dirname in sys.path:
            try:
                candidate = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(candidate)
            except OSError:
                continue
            fullname = candidate
            break
        if st is None:
            return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register the source of a module that has no file of its own (its
    loader's `get_source`) to be read the first time it is needed.
    True if the name is registered (now or before)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_name(filename):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec:
                loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, get_source=get_source):
                return get_source(name)
            cache[filename] = (get_lines,)
            return True
    return False
