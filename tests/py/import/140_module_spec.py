# __spec__, __loader__ and __cached__ of source, built-in and frozen-or-stdlib modules.
import os
import sys
import helper_mod
import helper_pkg
here = os.path.dirname(os.path.abspath(__file__))
spec = helper_mod.__spec__
print(spec.name, spec.parent == '', spec.has_location, spec.submodule_search_locations)
print(os.path.relpath(spec.origin, here), spec.origin == helper_mod.__file__)
print(type(spec).__name__, type(spec).__module__)
print(type(helper_mod.__loader__).__name__, helper_mod.__loader__ is spec.loader)
print(helper_mod.__loader__.name, helper_mod.__loader__.path == helper_mod.__file__)
print(os.path.relpath(helper_mod.__cached__, here).split(os.sep)[0])
print(helper_mod.__cached__.endswith('.pyc'), spec.cached == helper_mod.__cached__)
print(helper_pkg.__spec__.parent, helper_pkg.__spec__.submodule_search_locations == helper_pkg.__path__)
print(sys.__spec__)
print(sys.__loader__)
print(sys.__spec__.parent == '', sys.__spec__.has_location, sys.__spec__.cached)
import itertools
print(itertools.__spec__.origin, itertools.__loader__.__name__)
