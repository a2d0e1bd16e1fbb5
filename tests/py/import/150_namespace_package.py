# A directory without __init__.py is a namespace package.
import os
import helper_ns.part.m
import helper_ns
here = os.path.dirname(os.path.abspath(__file__))
print(helper_ns.part.m.X)
print(type(helper_ns.__path__).__name__)
print([os.path.relpath(p, here) for p in helper_ns.__path__])
print(helper_ns.__file__, helper_ns.__spec__.origin)
print(type(helper_ns.__loader__).__name__)
print(helper_ns.__spec__.submodule_search_locations is helper_ns.__path__)
print(list(helper_ns.part.__path__) == [os.path.join(here, 'helper_ns', 'part')])
print(hasattr(helper_ns, 'part'), helper_ns.part.m.__package__)
