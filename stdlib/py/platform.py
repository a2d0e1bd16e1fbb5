"""Information about the underlying platform and the Python running on it.

On Kaa, python_implementation() is 'Kaa' (sys.implementation.name is
'kaa'); python_version() is the CPython version Kaa follows (3.11.x), and
python_build()/python_compiler() describe Kaa's build.
"""

import collections
import os
import sys

__version__ = '1.0.8'


def _clean(text):
    return text.strip()


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable
    (which defaults to the Python interpreter) is linked against.

    Returns a tuple of strings (lib,version) which default to the
    given parameters in case the lookup fails.
    """
    if not executable:
        try:
            ver = os.confstr('CS_GNU_LIBC_VERSION')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
    return lib, version


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """
    A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(tuple.__iter__(self)))


def _processor():
    # `uname -p` needs a subprocess; like CPython where it answers
    # 'unknown', the answer is ''.
    return ''


_uname_cache = None


def uname():
    """ Fairly portable uname interface. Returns a tuple
        of strings (system, node, release, version, machine, processor)
        identifying the underlying platform.

        Note that unlike the os.uname function this also returns
        possible processor information as an additional tuple entry.

        Entries which cannot be determined are set to ''.
    """
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = infos = os.uname()
    except AttributeError:
        system = sys.platform
        node = release = version = machine = ''
        infos = ()
    if not any(infos):
        # The platform's names are not known: fall back on sys.platform.
        if not system:
            system = sys.platform
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', ''
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """ Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'.

        An empty string is returned if the value cannot be determined.
    """
    return uname().system


def node():
    """ Returns the computer's network name (which may not be fully
        qualified)

        An empty string is returned if the value cannot be determined.
    """
    return uname().node


def release():
    """ Returns the system's release, e.g. '2.2.0' or 'NT'

        An empty string is returned if the value cannot be determined.
    """
    return uname().release


def version():
    """ Returns the system's release version, e.g. '#3 on degas'

        An empty string is returned if the value cannot be determined.
    """
    return uname().version


def machine():
    """ Returns the machine type, e.g. 'i386'

        An empty string is returned if the value cannot be determined.
    """
    return uname().machine


def processor():
    """ Returns the (true) processor name, e.g. 'amdk6'

        An empty string is returned if the value cannot be
        determined. Note that many platforms do not provide this
        information or simply return the same value as for machine(),
        e.g.  NetBSD does this.
    """
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """ Queries the given executable (defaults to the Python interpreter
        binary) for various architecture information.

        Returns a tuple (bits, linkage) which contains information about
        the bit architecture and the linkage format used for the
        executable. Both values are returned as strings.

        Values that cannot be determined are returned as given by the
        parameter presets. If bits is given as '', the sizeof(pointer)
        (or sizeof(long) on Python version < 1.5.2) is used as
        indicator for the supported pointer size.
    """
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if executable:
        # The file's magic number tells the linkage format.
        try:
            fd = os.open(executable, os.O_RDONLY)
            try:
                head = os.read(fd, 4)
            finally:
                os.close(fd)
        except (OSError, ValueError, TypeError):
            head = b''
        if head == b'\x7fELF':
            linkage = 'ELF'
    return bits, linkage


def _version_parts():
    return sys.version_info[:3]


def python_implementation():
    """ Returns a string identifying the Python implementation.

        Currently, the following implementations are identified:
          'CPython' (C implementation of Python),
          'IronPython' (.NET implementation of Python),
          'Jython' (Java implementation of Python),
          'PyPy' (Python implementation of Python),
          'Kaa' (Rust implementation of Python).
    """
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
            'jython': 'Jython', 'kaa': 'Kaa'}.get(name, name)


def python_version():
    """ Returns the Python version as string 'major.minor.patchlevel'

        Note that unlike the Python sys.version, the returned value
        will always include the patchlevel (it defaults to 0).
    """
    return '%d.%d.%d' % _version_parts()


def python_version_tuple():
    """ Returns the Python version as tuple (major, minor, patchlevel)
        of strings.

        Note that unlike the Python sys.version, the returned value
        will always include the patchlevel (it defaults to 0).
    """
    return tuple(str(x) for x in _version_parts())


def _build_info():
    # sys.version is '3.11.7 (kaa 0.1.0)' on Kaa: the build is what the
    # parentheses hold.
    text = sys.version
    start = text.find('(')
    end = text.find(')', start + 1)
    if start < 0 or end < 0:
        return '', ''
    inner = text[start + 1:end]
    parts = [p.strip() for p in inner.split(',')]
    buildno = parts[0]
    builddate = ', '.join(parts[1:])
    return buildno, builddate


def python_build():
    """ Returns a tuple (buildno, builddate) stating the Python
        build number and date as strings.
    """
    return _build_info()


def python_compiler():
    """ Returns a string identifying the compiler used for compiling
        Python.
    """
    text = sys.version
    start = text.find('[')
    end = text.find(']', start + 1)
    if start < 0 or end < 0:
        return 'rustc'
    return text[start + 1:end]


def python_branch():
    """ Returns a string identifying the Python implementation
        branch.
    """
    return ''


def python_revision():
    """ Returns a string identifying the Python implementation
        revision.
    """
    return ''


def _platform(*args):
    """ Helper to format the platform string in a filename
        compatible format e.g. "system-version-machine".
    """
    platform = '-'.join(x.strip() for x in filter(len, args))
    for ch, repl in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'),
                     (';', '-'), ('"', '-'), ('(', '-'), (')', '-'),
                     ('unknown', '')):
        platform = platform.replace(ch, repl)
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1:] == '-':
        platform = platform[:-1]
    return platform


_platform_cache = {}


def platform(aliased=0, terse=0):
    """ Returns a single string identifying the underlying platform
        with as much useful information as possible (but no more :).

        The output is intended to be human readable rather than
        machine parseable. It may look different on different
        platforms and this is intended.

        If "aliased" is true, the function will use aliases for
        various platforms that report system names which differ from
        their common names, e.g. SunOS will be reported as
        Solaris. The system_alias() function is used to implement
        this.

        Setting terse to true causes the function to return only the
        absolute minimum information needed to identify the platform.
    """
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        result = _platform(system, release, machine, processor,
                           'with', libcname + libcversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[(aliased, terse)] = result
    return result


def system_alias(system, release, version):
    """ Returns (system, release, version) aliased to common
        marketing names used for some systems.
    """
    return system, release, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """ Get macOS version information and return it as tuple (release,
        versioninfo, machine); empty values elsewhere.
    """
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """ Version interface for Jython: the defaults elsewhere. """
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    """
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                fd = os.open(candidate, os.O_RDONLY)
            except OSError as e:
                errno = e.errno
                continue
            try:
                chunks = []
                while True:
                    b = os.read(fd, 65536)
                    if not b:
                        break
                    chunks.append(b)
            finally:
                os.close(fd)
            _os_release_cache = _parse_os_release(
                b''.join(chunks).decode('utf-8', 'replace').splitlines())
            break
        else:
            raise OSError(errno, f"Unable to read files {', '.join(('/etc/os-release', '/usr/lib/os-release'))}")
    return _os_release_cache.copy()


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not key.replace('_', '').isalnum() or not key[:1].isalpha():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            inner = value[1:-1]
            out = []
            i = 0
            while i < len(inner):
                c = inner[i]
                if c == '\\' and i + 1 < len(inner) and inner[i + 1] in '\\$"\'`':
                    out.append(inner[i + 1])
                    i += 2
                    continue
                out.append(c)
                i += 1
            value = ''.join(out)
        info[key] = value
    return info
