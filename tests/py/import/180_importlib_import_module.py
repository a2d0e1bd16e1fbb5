# importlib.import_module, relative names with package=, reload, invalidate_caches.
import importlib
import helper_state
m = importlib.import_module('helper_pkg.sub.leaf')
print(m.VALUE, m is importlib.import_module('helper_pkg.sub.leaf'))
r = importlib.import_module('.mod_a', package='helper_pkg')
print(r.__name__, r.VALUE)
r = importlib.import_module('..mod_a', package='helper_pkg.sub')
print(r.__name__)
try:
    importlib.import_module('.mod_a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('...x', package='helper_pkg')
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('helper_missing_mod')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
helper_state.counter = 99
again = importlib.reload(helper_state)
print(again is helper_state, helper_state.counter)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.invalidate_caches())
import math
print(importlib.reload(math) is math)
