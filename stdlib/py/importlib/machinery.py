"""The implementations of the import system's finders and loaders."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter
from _frozen_importlib_external import (
    SOURCE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
    BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, PathFinder, FileFinder,
    SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader, NamespaceLoader,
)


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
