# Packages, relative imports in both directions, and the attributes set by import.
import os
import helper_pkg
from helper_pkg.sub import leaf
print(helper_pkg.NAME, helper_pkg.mod_a.VALUE, helper_pkg.mod_a.rel())
print(leaf.VALUE, leaf.PARENT, leaf.__package__, helper_pkg.__package__)
print(helper_pkg.sub.leaf is leaf)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isabs(helper_pkg.__file__), os.path.relpath(helper_pkg.__file__, here))
print([os.path.relpath(p, here) for p in helper_pkg.__path__])
print(os.path.relpath(leaf.__file__, here))
print(hasattr(leaf, '__path__'), type(helper_pkg.__path__).__name__)
print(leaf.__name__, leaf.__spec__.name, leaf.__spec__.parent)
