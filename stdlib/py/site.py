"""Append module search paths for third-party packages to sys.path.

Run at start-up (unless -S or -I) by the kaa command line, as CPython's
site. Kaa's directories:

* its site-packages: <prefix>/lib/kaa3.11/site-packages, where <prefix>
  is sys.prefix, the folder above the one holding the kaa binary
  (target/release/kaa: target; /usr/local/bin/kaa: /usr/local);
* the user's: ~/.local/lib/kaa3.11/site-packages (USER_BASE is ~/.local,
  or PYTHONUSERBASE), unless -s, -I or PYTHONNOUSERSITE.

Each is added to sys.path if it exists, and the .pth files in it are read
in name order: each line is a directory to add (relative to the
site-packages directory, added if it exists), or, when it starts with
`import`, a line of code to run; lines starting with # are comments.

This module avoids importing os at start-up (it uses posix directly).
"""

import sys
import posix
import builtins

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None

_VERSION = 'kaa%d.%d' % sys.version_info[:2]


def _join(*parts):
    path = parts[0]
    for p in parts[1:]:
        if p.startswith('/'):
            path = p
        elif not path or path.endswith('/'):
            path += p
        else:
            path += '/' + p
    return path


def _isdir(path):
    try:
        return (posix.stat(path).st_mode & 0o170000) == 0o040000
    except (OSError, ValueError):
        return False


def _exists(path):
    try:
        posix.stat(path)
        return True
    except (OSError, ValueError):
        return False


def _normpath(path):
    if not path:
        return '.'
    initial = 2 if path.startswith('//') and not path.startswith('///') else (1 if path.startswith('/') else 0)
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = '/'.join(comps)
    if initial:
        path = '/' * initial + path
    return path or '.'


def _abspath(path):
    if not path.startswith('/'):
        path = _join(posix.getcwd(), path)
    return _normpath(path)


def makepath(*paths):
    dir = _join(*paths)
    try:
        dir = _abspath(dir)
    except OSError:
        pass
    return dir, dir


def abs_paths():
    """Set all module __file__ and __cached__ attributes to an absolute path"""
    for m in set(sys.modules.values()):
        loader_module = None
        try:
            loader_module = m.__loader__.__module__
        except AttributeError:
            pass
        if loader_module not in {'_frozen_importlib', '_frozen_importlib_external'}:
            continue
        try:
            m.__file__ = _abspath(m.__file__)
        except (AttributeError, OSError, TypeError):
            pass
        try:
            m.__cached__ = _abspath(m.__cached__)
        except (AttributeError, OSError, TypeError):
            pass


def removeduppaths():
    """Remove duplicate entries from sys.path along with making them absolute"""
    L = []
    known_paths = set()
    for dir in sys.path:
        dir, dircase = makepath(dir)
        if dircase not in known_paths:
            L.append(dir)
            known_paths.add(dircase)
    sys.path[:] = L
    return known_paths


def _init_pathinfo():
    d = set()
    for item in sys.path:
        try:
            if _exists(item):
                _, itemcase = makepath(item)
                d.add(itemcase)
        except TypeError:
            continue
    return d


def addpackage(sitedir, name, known_paths):
    """Process a .pth file within the site-packages directory: for each line
    in the file, either combine it with sitedir to a path and add that to
    known_paths, or execute it if it starts with 'import '."""
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = True
    else:
        reset = False
    fullname = _join(sitedir, name)
    try:
        st = posix.lstat(fullname)
    except OSError:
        return
    if name.startswith('.'):
        return
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.read().splitlines()
    except OSError:
        return
    for n, line in enumerate(lines):
        if line.startswith('#'):
            continue
        if line.strip() == '':
            continue
        try:
            if line.startswith(('import ', 'import\t')):
                exec(line)
                continue
            line = line.rstrip()
            dir, dircase = makepath(sitedir, line)
            if dircase not in known_paths and _exists(dir):
                sys.path.append(dir)
                known_paths.add(dircase)
        except Exception as exc:
            print(f'Error processing line {n + 1:d} of {fullname}:\n', file=sys.stderr)
            import traceback
            for record in traceback.format_exception(exc):
                for line in record.splitlines():
                    print('  ' + line, file=sys.stderr)
            print('\nRemainder of file ignored', file=sys.stderr)
            break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add 'sitedir' argument to sys.path if missing and handle .pth files in
    'sitedir'"""
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = True
    else:
        reset = False
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = posix.listdir(sitedir)
    except OSError:
        return
    names = [name for name in names if name.endswith('.pth') and not name.startswith('.')]
    for name in sorted(names):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Check if user site directory is safe for inclusion"""
    if sys.flags.no_user_site:
        return False
    return True


def _getuserbase():
    env_base = posix.environ.get(b'PYTHONUSERBASE', b'').decode() if not sys.flags.ignore_environment else ''
    if env_base:
        return env_base
    home = posix.environ.get(b'HOME', b'').decode() or '~'
    return _join(home, '.local')


def getuserbase():
    """Returns the `user base` directory path (~/.local, or PYTHONUSERBASE)."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def _get_path(userbase):
    return f'{userbase}/lib/{_VERSION}/site-packages'


def getusersitepackages():
    """Returns the user-specific site-packages directory path."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages directory to sys.path if it exists."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and _isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """Returns a list containing all global site-packages directories:
    <prefix>/lib/kaa3.11/site-packages for each prefix."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        sitepackages.append(_join(prefix, 'lib', _VERSION, 'site-packages'))
    return sitepackages


def addsitepackages(known_paths, prefixes=None):
    """Add site-packages to sys.path"""
    for sitedir in getsitepackages(prefixes):
        if _isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def main():
    """Add standard site-specific directories to the module search path."""
    global ENABLE_USER_SITE
    orig_path = sys.path[:]
    known_paths = removeduppaths()
    if orig_path != sys.path:
        abs_paths()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()


def execsitecustomize():
    """Run custom site specific code, if available."""
    try:
        import sitecustomize
    except ImportError as exc:
        if exc.name != 'sitecustomize':
            raise


def execusercustomize():
    """Run custom user specific code, if available."""
    try:
        import usercustomize
    except ImportError as exc:
        if exc.name != 'usercustomize':
            raise


if not sys.flags.no_site:
    main()


def _script():
    help = """\
    %s [--user-base] [--user-site]

    Without arguments print some useful information
    With arguments print the value of USER_BASE and/or USER_SITE separated
    by ':'.
    """
    args = sys.argv[1:]
    if not args:
        user_base = getuserbase()
        user_site = getusersitepackages()
        print('sys.path = [')
        for dir in sys.path:
            print(f'    {dir!r},')
        print(']')
        for label, d in (('USER_BASE', user_base), ('USER_SITE', user_site)):
            state = 'exists' if _isdir(d) else "doesn't exist"
            print(f'{label}: {d!r} ({state})')
        print(f'ENABLE_USER_SITE: {ENABLE_USER_SITE!r}')
        sys.exit(0)
    buffer = []
    if '--user-base' in args:
        buffer.append(USER_BASE)
    if '--user-site' in args:
        buffer.append(USER_SITE)
    if buffer:
        print(':'.join(buffer))
        if ENABLE_USER_SITE:
            sys.exit(0)
        elif ENABLE_USER_SITE is False:
            sys.exit(1)
        elif ENABLE_USER_SITE is None:
            sys.exit(2)
        else:
            sys.exit(3)
    else:
        import textwrap
        print(textwrap.dedent(help % (sys.argv[0],)))
        sys.exit(10)


if __name__ == '__main__':
    _script()
