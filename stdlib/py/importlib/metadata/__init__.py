"""Installed packages' metadata (the `*.dist-info` directories on sys.path)."""
import os
import re
import sys
import pathlib
import posixpath
import collections

__all__ = [
    'Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
    'PackagePath', 'EntryPoint', 'distribution', 'distributions', 'entry_points',
    'files', 'metadata', 'packages_distributions', 'requires', 'version',
]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    """The fields of a METADATA file (RFC 822 headers, then a body)."""

    def __init__(self, text):
        self._headers = []
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                break
            if line[:1] in (' ', '\t') and self._headers:
                k, v = self._headers[-1]
                self._headers[-1] = (k, v + '\n' + line)
            elif ':' in line:
                k, _, v = line.partition(':')
                self._headers.append((k.strip(), v.strip()))
            i += 1
        else:
            i = len(lines)
        body = '\n'.join(lines[i:])
        if body:
            self._headers.append(('Description', body))

    def __getitem__(self, name):
        for k, v in self._headers:
            if k.lower() == name.lower():
                return v
        return None

    def get(self, name, failobj=None):
        value = self[name]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        values = [v for k, v in self._headers if k.lower() == name.lower()]
        return values or failobj

    def __contains__(self, name):
        return any(k.lower() == name.lower() for k, _ in self._headers)

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def __len__(self):
        return len(self._headers)

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    @property
    def json(self):
        multiple = {'classifier', 'obsoletes_dist', 'platform', 'project_url',
                    'provides_dist', 'provides_extra', 'requires_dist',
                    'requires_external', 'supported_platform', 'dynamic'}
        out = {}
        for k, v in self._headers:
            key = k.lower().replace('-', '_')
            if key == 'keywords':
                out[key] = re.split(r'[\s,]+', v)
            elif key in multiple:
                out.setdefault(key, []).append(v)
            else:
                out[key] = v
        return out


class PackagePath(pathlib.PurePosixPath):
    """A reference to a path in a package"""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


class EntryPoint:
    """An entry point as defined by Python packaging conventions."""

    pattern = re.compile(r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)
        self.dist = None

    def load(self):
        import importlib
        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group('module'))
        attrs = filter(None, (match.group('attr') or '').split('.'))
        import functools
        return functools.reduce(getattr, attrs, module)

    @property
    def module(self):
        return self.pattern.match(self.value).group('module')

    @property
    def attr(self):
        return self.pattern.match(self.value).group('attr')

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def __eq__(self, other):
        return (self.name, self.value, self.group) == (other.name, other.value, other.group)

    def __hash__(self):
        return hash((self.name, self.value, self.group))


class EntryPoints(tuple):
    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self
                           if all(getattr(ep, k) == v for k, v in params.items()))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


def _normalize(name):
    return re.sub(r'[-_.]+', '_', name).lower()


class Distribution:
    """A Python distribution package."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for dist in _search(name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(_search(kwargs.get('name')))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO')
                or self.read_text('') or '')
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        text = self.read_text('entry_points.txt') or ''
        eps = []
        group = None
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith(('#', ';')):
                continue
            if line.startswith('[') and line.endswith(']'):
                group = line[1:-1].strip()
                continue
            name, _, value = line.partition('=')
            ep = EntryPoint(name.strip(), value.strip(), group)
            ep.dist = self
            eps.append(ep)
        return EntryPoints(eps)

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            return None
        import csv
        result = []
        for row in csv.reader(text.splitlines()):
            if not row:
                continue
            name = row[0]
            p = PackagePath(name)
            p.hash = FileHash(row[1]) if len(row) > 1 and row[1] else None
            p.size = int(row[2]) if len(row) > 2 and row[2] else None
            p.dist = self
            result.append(p)
        return result

    @property
    def requires(self):
        return self.metadata.get_all('Requires-Dist')


class DistributionFinder:
    class Context:
        def __init__(self, **kwargs):
            vars(self).update(kwargs)
            self.name = kwargs.get('name')

        @property
        def path(self):
            return vars(self).get('path', sys.path)


class PathDistribution(Distribution):
    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    @property
    def _normalized_name(self):
        stem = os.path.basename(str(self._path))
        for suffix in ('.dist-info', '.egg-info'):
            if stem.endswith(suffix):
                return _normalize(stem[:-len(suffix)].partition('-')[0])
        return super()._normalized_name


def _search(name=None):
    wanted = _normalize(name) if name else None
    found = []
    for entry in sys.path:
        if not isinstance(entry, str):
            continue
        try:
            children = sorted(os.listdir(entry or '.'))
        except OSError:
            continue
        for child in children:
            if not child.endswith(('.dist-info', '.egg-info')):
                continue
            dist_name = child.rpartition('.')[0].partition('-')[0]
            if wanted is not None and _normalize(dist_name) != wanted:
                continue
            found.append(PathDistribution(pathlib.Path(entry or '.', child)))
    return found


def distribution(distribution_name):
    """Get the ``Distribution`` instance for the named package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Get all ``Distribution`` instances in the current environment."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """Get the metadata for the named package."""
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """Get the version string for the named package."""
    return distribution(distribution_name).version


def entry_points(**params):
    """Return EntryPoint objects for all installed packages."""
    seen = set()
    eps = []
    for dist in distributions():
        key = dist._normalized_name
        if key in seen:
            continue
        seen.add(key)
        eps.extend(dist.entry_points)
    return EntryPoints(eps).select(**params)


def files(distribution_name):
    """Return a list of files for the named package."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """Return a list of requirements for the named package."""
    return distribution(distribution_name).requires


def packages_distributions():
    """Return a mapping of top-level packages to their distributions."""
    pkg_to_dist = collections.defaultdict(list)
    for dist in distributions():
        for pkg in _top_level_declared(dist) or _top_level_inferred(dist):
            pkg_to_dist[pkg].append(dist.metadata['Name'])
    return dict(pkg_to_dist)


def _top_level_declared(dist):
    return (dist.read_text('top_level.txt') or '').split()


def _top_level_inferred(dist):
    names = set()
    for f in dist.files or ():
        parts = f.parts
        if len(parts) > 1:
            if parts[0] != '..' and not parts[0].endswith(('.dist-info', '.egg-info')):
                names.add(parts[0])
        elif f.suffix == '.py':
            names.add(f.stem)
    return sorted(names)
