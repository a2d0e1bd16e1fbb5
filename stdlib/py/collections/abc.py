"""The abstract base classes for containers; they live in ``_collections_abc``
(which ``abc`` and early modules import without loading ``collections``)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
