try:
    import no_such_module_kaa_test
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__)
try:
    import helper_mod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
