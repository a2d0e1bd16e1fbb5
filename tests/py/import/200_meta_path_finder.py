# A finder appended to (or inserted in) sys.meta_path is asked as in CPython.
import sys
import importlib.abc
import importlib.util
import importlib.machinery

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.GREETING = 'made by ' + module.__name__
        module.SPEC_NAME = module.__spec__.name

class Finder(importlib.abc.MetaPathFinder):
    seen = []
    def find_spec(self, fullname, path, target=None):
        Finder.seen.append((fullname, path is None))
        if fullname.startswith('virtual_'):
            return importlib.util.spec_from_loader(fullname, Loader())
        return None

print([f.__name__ for f in sys.meta_path[-3:]])
sys.meta_path.append(Finder())
import virtual_one
print(virtual_one.GREETING, virtual_one.SPEC_NAME, type(virtual_one.__loader__).__name__)
print(Finder.seen)
import math, json
print(Finder.seen)
try:
    import helper_absent_anywhere
except ModuleNotFoundError as e:
    print(e)
print(Finder.seen[-1])
sys.meta_path.insert(0, Finder())
import virtual_two
print(virtual_two.GREETING, Finder.seen[-1])
print(isinstance(sys.meta_path[-2], type), issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder))
