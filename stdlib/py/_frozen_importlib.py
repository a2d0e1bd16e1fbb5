"""The import system's Python face: module specs and the built-in finders.

Kaa's importer is written in Rust (kaa_vm::import): it finds and loads
built-in, frozen and source modules itself. This module holds the objects
CPython's import system shows to programs (ModuleSpec, BuiltinImporter,
FrozenImporter, the loading of a spec found by a finder on sys.meta_path),
so that `module.__spec__`, `importlib` and custom finders behave as in
CPython. The Rust importer calls _kaa_spec() to describe what it loaded and
_kaa_load() when a finder written in Python found the module.
"""

import sys
import _imp


class ModuleSpec:
    """The import-system-related state of a module (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                try:
                    self._cached = _imp._cache_from_source(self.origin)
                except ValueError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _new_module(name):
    return type(sys)(name)


class BuiltinImporter:
    """Meta path import for built-in modules (Kaa: the modules written in Rust)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def load_module(cls, fullname):
        return _load_module_shim(cls, fullname)


class FrozenImporter:
    """Meta path import for frozen modules (Kaa: its standard library in Python)."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        code = _imp.get_frozen_object(name)
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @classmethod
    def load_module(cls, fullname):
        return _load_module_shim(cls, fullname)


def _load_module_shim(loader, fullname):
    spec = ModuleSpec(fullname, loader)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _init_module_attrs(spec, module, override=True)
        loader.exec_module(module)
        return sys.modules[fullname]
    return _kaa_load(spec)


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            from _frozen_importlib_external import NamespaceLoader, _NamespacePath
            loader = NamespaceLoader.__new__(NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _kaa_load(spec):
    """Load the module a finder on sys.meta_path described (CPython's _load_unlocked)."""
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        if not hasattr(spec.loader, 'load_module'):
            raise ImportError('spec missing loader', name=spec.name)
        module = spec.loader.load_module(spec.name)
        module = sys.modules.get(spec.name, module)
        if getattr(module, '__loader__', None) is None:
            try:
                module.__loader__ = spec.loader
            except AttributeError:
                pass
        if getattr(module, '__spec__', None) is None:
            try:
                module.__spec__ = spec
            except AttributeError:
                pass
        return module
    spec._initializing = True
    try:
        module = module_from_spec(spec)
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=spec.name)
            else:
                spec.loader.exec_module(module)
        except BaseException:
            try:
                del sys.modules[spec.name]
            except KeyError:
                pass
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    finally:
        spec._initializing = False
    return module


def _kaa_find_spec(name, path):
    """Ask each finder on sys.meta_path for `name`'s spec (CPython's _find_spec)."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, None)
        if spec is not None:
            if not is_reload and name in sys.modules:
                module = sys.modules[name]
                try:
                    return module.__spec__
                except AttributeError:
                    return spec
            return spec
    return None


def _kaa_spec(name, kind, origin, locations):
    """The spec of a module the Rust importer found: kind 0 built-in,
    1 frozen, 2 source file, 3 namespace package."""
    if kind == 0:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 1:
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
        spec.submodule_search_locations = locations
        return spec
    from _frozen_importlib_external import SourceFileLoader, NamespaceLoader, _NamespacePath
    if kind == 2:
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec._set_fileattr = True
        spec.submodule_search_locations = locations
        return spec
    path = _NamespacePath(name, locations)
    spec = ModuleSpec(name, NamespaceLoader(name, path, None), origin=None)
    spec.submodule_search_locations = path
    return spec


def _kaa_install():
    """Fill sys.meta_path and sys.path_hooks, and give the modules loaded
    before this one their specs (CPython's _setup)."""
    import _frozen_importlib_external as external
    sys.meta_path[0:0] = [BuiltinImporter, FrozenImporter, external.PathFinder]
    sys.path_hooks[0:0] = [external._DEFAULT_PATH_HOOK]
    for name, module in list(sys.modules.items()):
        if module is None or getattr(module, '__spec__', None) is not None:
            continue
        if _imp.is_builtin(name) or name in sys.builtin_module_names:
            spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
        elif _imp.is_frozen(name):
            spec = _kaa_spec(name, 1, 'frozen', [] if _imp.is_frozen_package(name) else None)
        else:
            continue
        try:
            module.__spec__ = spec
            module.__loader__ = spec.loader
        except AttributeError:
            pass
