"""Abstract base classes for resources: Traversable, TraversableResources."""
import abc

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class ResourceReader(metaclass=abc.ABCMeta):
    """Abstract base class for loaders to provide resource reading support."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class Traversable(metaclass=abc.ABCMeta):
    """An object with a subset of pathlib.Path methods suitable for
    traversing directories and opening files."""

    @abc.abstractmethod
    def iterdir(self):
        """Yield Traversable objects in self"""

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as strm:
            return strm.read()

    @abc.abstractmethod
    def is_dir(self):
        """Return True if self is a directory"""

    @abc.abstractmethod
    def is_file(self):
        """Return True if self is a file"""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """Return Traversable resolved with any descendants applied."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """mode may be 'r' or 'rb' to open as text or binary."""

    @property
    @abc.abstractmethod
    def name(self):
        """The base name of this object without any parent references."""


class TraversableResources(ResourceReader):
    @abc.abstractmethod
    def files(self):
        """Return a Traversable object for the loaded package."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
