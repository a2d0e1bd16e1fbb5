# runpy.run_module and run_path.
import os
import sys
import runpy
here = os.path.dirname(os.path.abspath(__file__))
g = runpy.run_module('helper_runpkg.tool')
print(g['RESULT'], g['__name__'], os.path.relpath(g['__file__'], here))
print(g['__spec__'].name, type(g['__loader__']).__name__)
g = runpy.run_module('helper_runpkg.tool', run_name='__main__', init_globals={'EXTRA': 1})
print(g['RESULT'], g['EXTRA'], 'helper_runpkg.tool' in sys.modules)
argv0 = sys.argv[0]
g = runpy.run_module('helper_runpkg', alter_sys=True)
print(g['__name__'], sys.argv[0] == argv0)
g = runpy.run_path(os.path.join(here, 'helper_runpkg', 'tool.py'))
print(g['RESULT'], g['__name__'])
g = runpy.run_path(os.path.join(here, 'helper_runpkg'), run_name='__main__')
print(g['__name__'])
for bad in ['helper_not_a_module', '.relative', 'helper_ns']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
