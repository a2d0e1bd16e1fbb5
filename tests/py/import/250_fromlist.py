# __import__'s fromlist imports the package's submodules, as CPython's _handle_fromlist.
import sys
m = __import__('helper_pkg.sub', fromlist=['other'])
print(m.__name__, m.other.OTHER, 'helper_pkg.sub.other' in sys.modules)
m = __import__('helper_pkg.sub', fromlist=['nonexistent_child'])
print(m.__name__, hasattr(m, 'nonexistent_child'))
try:
    __import__('helper_pkg', fromlist=[5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    from helper_pkg import broken
except ValueError as e:
    print(type(e).__name__, e, 'helper_pkg.broken' in sys.modules)
from helper_pkg.sub import *
print(sorted(k for k in dir() if not k.startswith('_')))
