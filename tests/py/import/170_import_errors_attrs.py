# ImportError's name and path, and the messages of failed imports.
import sys
e = ImportError('m')
print(e.name, e.path, e.msg, e.args)
e = ImportError('m', name='n', path='p')
print(e.name, e.path, e.msg, e.args)
try:
    import helper_no_such_thing
except ModuleNotFoundError as e:
    print(e, e.name, e.path)
try:
    import sys.nope
except ModuleNotFoundError as e:
    print(e, e.name)
sys.modules['helper_blocked'] = None
try:
    import helper_blocked
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from helper_pkg.sub import nope
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
