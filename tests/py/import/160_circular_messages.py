# CPython's messages for names imported from a partially initialized module.
import os
import sys
try:
    import helper_circ.a
except ImportError as e:
    here = os.path.dirname(os.path.abspath(__file__))
    msg = str(e).replace(here + os.sep, '')
    print(type(e).__name__, msg)
    print(e.name, os.path.relpath(e.path, here))
print('helper_circ.a' in sys.modules, 'helper_circ.b' in sys.modules)
import helper_circ.c
import helper_circ.d
print(helper_circ.d.late())
print(helper_circ.d.EARLY)
try:
    from helper_pkg import nothing_here
except ImportError as e:
    here = os.path.dirname(os.path.abspath(__file__))
    print(str(e).replace(here + os.sep, ''))
    print(e.name, os.path.relpath(e.path, here))
