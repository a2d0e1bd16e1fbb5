import sys
print(sys.stdout is not None, sys.stderr is not None, callable(sys.exit))
print(isinstance(sys.getrecursionlimit(), int), hasattr(sys, "argv"), hasattr(sys, "modules"))
print(sys.__name__, "path" in dir(sys))
