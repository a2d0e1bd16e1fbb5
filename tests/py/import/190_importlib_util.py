# importlib.util: find_spec, module_from_spec, spec_from_file_location, resolve_name.
import os
import sys
import importlib.util
import importlib.machinery
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.find_spec('helper_star')
print(spec.name, os.path.relpath(spec.origin, here), 'helper_star' in sys.modules)
print(importlib.util.find_spec('helper_not_there'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('.leaf', 'helper_pkg.sub').name)
m = importlib.util.module_from_spec(spec)
print(type(m).__name__, m.__name__, hasattr(m, '__all__'))
spec.loader.exec_module(m)
print(sorted(k for k in vars(m) if not k.startswith('_')))
path = os.path.join(here, 'helper_mod.py')
s2 = importlib.util.spec_from_file_location('renamed_mod', path)
print(s2.name, type(s2.loader).__name__, s2.has_location, s2.submodule_search_locations)
m2 = importlib.util.module_from_spec(s2)
s2.loader.exec_module(m2)
print(m2.__name__, os.path.relpath(m2.__file__, here), 'renamed_mod' in sys.modules)
print(importlib.util.resolve_name('.x', 'a.b'), importlib.util.resolve_name('..x', 'a.b'))
print(importlib.util.resolve_name('abs', None))
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print(type(e).__name__, e)
s3 = importlib.util.spec_from_loader('fake', None, origin='nowhere')
print(s3)
print(importlib.util.source_from_cache(os.path.join('a', '__pycache__', 'b.tag.pyc')))
print(os.path.basename(os.path.dirname(importlib.util.cache_from_source('/x/y.py'))))
print(isinstance(importlib.util.MAGIC_NUMBER, bytes), len(importlib.util.MAGIC_NUMBER))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
try:
    sys.modules['helper_specless'] = type(sys)('helper_specless')
    importlib.util.find_spec('helper_specless')
except ValueError as e:
    print(type(e).__name__, e)
