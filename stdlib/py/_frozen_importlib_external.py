"""The path-based part of the import system, as CPython's module of the
same name: PathFinder, FileFinder, SourceFileLoader, the namespace package
loader, and the bytecode cache's file names.

Finding and compiling stay in Rust (`_imp._find`, `_imp._get_code`, which
reads and writes `__pycache__/NAME.kaa-311.pyc`); these classes are what
programs see, call and subclass.
"""

import sys
import _imp
from _frozen_importlib import ModuleSpec, _kaa_load

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
MAGIC_NUMBER = _imp._magic_number()
_PYCACHE = '__pycache__'


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the .pyc file for the source file `path` (with the
    `.opt-N` tag of the optimisation level, `sys.flags.optimize` by default)."""
    if debug_override is not None:
        import warnings
        warnings.warn('the debug_override parameter is deprecated; use '
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    if optimization is None:
        optimization = sys.flags.optimize or ''
    optimization = str(optimization)
    if optimization != '' and not optimization.isalnum():
        raise ValueError(f'{optimization!r} is not alphanumeric')
    cache = _imp._cache_from_source(path)
    if optimization:
        cache = cache[:-len('.pyc')] + f'.opt-{optimization}.pyc'
    return cache


def source_from_cache(path):
    """The path of the source file for the .pyc file `path`."""
    path = _fspath(path)
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, pycache_filename = path.rpartition('/')
    head, _, pycache = head.rpartition('/')
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base_filename = pycache_filename.partition('.')[0]
    return (head + '/' if head else '') + base_filename + SOURCE_SUFFIXES[0]


def _fspath(path):
    if isinstance(path, str):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    return fspath(path)


def _path_abs(path):
    if path.startswith('/'):
        return path
    import posix
    cwd = posix.getcwd()
    return cwd + '/' + path if path else cwd


def decode_source(source_bytes):
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for a module at a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        if location and not location.startswith('/'):
            try:
                location = _path_abs(location)
            except OSError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
            spec.loader = loader
        else:
            return None
    if submodule_search_locations is None:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None:
            try:
                if is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = location.rpartition('/')[0]
            spec.submodule_search_locations.append(dirname)
    return spec


class FileLoader:
    """Base of the loaders of files (a module's name and its file's path)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        from _frozen_importlib import _load_module_shim
        return _load_module_shim(self, fullname or self.name)

    def get_resource_reader(self, module):
        return None


class SourceLoader:
    def path_mtime(self, path):
        return int(self.path_stats(path)['mtime'])

    def path_stats(self, path):
        import posix
        st = posix.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from a .py file (through the bytecode cache)."""

    def get_code(self, fullname=None):
        if type(self).get_data is not FileLoader.get_data or \
                type(self).source_to_code is not SourceLoader.source_to_code:
            return SourceLoader.get_code(self, fullname)
        return _imp._get_code(self.path)


class SourcelessFileLoader(FileLoader):
    def get_code(self, fullname=None):
        return _imp._load_pyc(self.path)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    def create_module(self, spec):
        raise ImportError('Kaa cannot load extension modules', name=spec.name, path=self.path)

    def exec_module(self, module):
        pass

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class _NamespacePath:
    """The __path__ of a namespace package: its directories."""

    def __init__(self, name, path, path_finder=None):
        self._name = name
        self._path = list(path)

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._path

    def __eq__(self, other):
        return list(self) == list(other) if hasattr(other, '__iter__') else NotImplemented

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of a namespace package (a directory without __init__.py)."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder) if not isinstance(path, _NamespacePath) else path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        from _frozen_importlib import _load_module_shim
        return _load_module_shim(self, fullname)


_NamespaceLoader = NamespaceLoader


def _spec_from_found(fullname, found):
    if found is None:
        return None
    kind, origin, locations = found
    if kind == 'source':
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin)
        spec._set_fileattr = True
        spec.submodule_search_locations = locations
        return spec
    spec = ModuleSpec(fullname, None, origin=None)
    spec.submodule_search_locations = _NamespacePath(fullname, locations)
    return spec


class FileFinder:
    """Finds modules in one directory (CPython's path entry finder)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'
        self._loader_details = loader_details

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        found = _imp._find(fullname, [self.path])
        if found is None:
            return None
        kind, origin, locations = found
        if kind == 'namespace':
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = locations
            return spec
        return _spec_from_found(fullname, found)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import posix
            try:
                import stat
                if not stat.S_ISDIR(posix.stat(path or '.').st_mode):
                    raise ImportError('only directories are supported', path=path)
            except OSError:
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


_DEFAULT_PATH_HOOK = FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES))


class PathFinder:
    """Meta path finder for sys.path and packages' __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None:
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            try:
                import posix
                path = posix.getcwd()
            except (FileNotFoundError, ImportError):
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError('spec missing loader')
            namespace_path.extend(portions)
        if namespace_path:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = _NamespacePath(fullname, namespace_path)
            spec.loader = NamespaceLoader(fullname, spec.submodule_search_locations, cls)
            return spec
        return None
