"""Read resources contained within a package."""
import sys
import types
import contextlib

__all__ = [
    'Package', 'as_file', 'contents', 'files', 'is_resource', 'open_binary',
    'open_text', 'path', 'read_binary', 'read_text',
]

Package = 'Union[str, types.ModuleType]'


def _resolve(cand):
    if isinstance(cand, types.ModuleType):
        return cand
    import importlib
    return importlib.import_module(cand)


def _get_package(package):
    module = _resolve(package)
    if module.__spec__.submodule_search_locations is None:
        raise TypeError(f'{package!r} is not a package')
    return module


class MultiplexedPath:
    """The Traversable of a namespace package: several directories seen as one."""

    def __init__(self, *paths):
        import pathlib
        self._paths = list(dict.fromkeys(map(pathlib.Path, paths)))
        if not self._paths:
            raise FileNotFoundError('MultiplexedPath must contain at least one path')
        if not all(path.is_dir() for path in self._paths):
            raise NotADirectoryError('MultiplexedPath only supports directories')

    def iterdir(self):
        seen = set()
        for path in self._paths:
            for file in path.iterdir():
                if file.name not in seen:
                    seen.add(file.name)
                    yield file

    def read_bytes(self):
        raise FileNotFoundError(f'{self} is not a file')

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        for path in self._paths:
            candidate = path.joinpath(*descendants)
            if candidate.exists():
                return candidate
        return self._paths[0].joinpath(*descendants)

    __truediv__ = joinpath

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        paths = ', '.join(f"'{path}'" for path in self._paths)
        return f'MultiplexedPath({paths})'


def files(package):
    """Get a Traversable resource from a package."""
    module = _get_package(package)
    spec = module.__spec__
    reader = None
    if spec.loader is not None and hasattr(spec.loader, 'get_resource_reader'):
        reader = spec.loader.get_resource_reader(spec.name)
    if reader is not None and hasattr(reader, 'files'):
        return reader.files()
    import pathlib
    origin = spec.origin
    if spec.has_location and origin:
        return pathlib.Path(origin).parent
    locations = list(spec.submodule_search_locations or ())
    if len(locations) == 1:
        return pathlib.Path(locations[0])
    if locations:
        return MultiplexedPath(*locations)
    raise FileNotFoundError(f'{spec.name!r} has no files (it is built into Kaa)')


@contextlib.contextmanager
def as_file(path):
    """Given a Traversable object, return that object as a path on the
    local file system in a context manager."""
    import pathlib
    if isinstance(path, pathlib.Path):
        yield path
        return
    import tempfile, os
    fd, raw_path = tempfile.mkstemp(suffix=path.name)
    try:
        os.write(fd, path.read_bytes())
        os.close(fd)
        yield pathlib.Path(raw_path)
    finally:
        try:
            os.remove(raw_path)
        except FileNotFoundError:
            pass


def _common(package, resource):
    return files(package).joinpath(resource)


def open_binary(package, resource):
    return _common(package, resource).open('rb')


def read_binary(package, resource):
    return _common(package, resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    return _common(package, resource).open('r', encoding=encoding, errors=errors)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


def contents(package):
    return [path.name for path in files(package).iterdir()]


def is_resource(package, name):
    resource = name
    return any(traversable.name == resource and traversable.is_file()
               for traversable in files(package).iterdir())


def path(package, resource):
    return as_file(_common(package, resource))
