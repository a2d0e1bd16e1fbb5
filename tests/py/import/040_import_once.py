import sys
print("before imports")
import helper_mod
import helper_mod
from helper_mod import CONST
import helper_mod as again
print(again is helper_mod, sys.modules["helper_mod"] is helper_mod, "helper_mod" in sys.modules)
def later():
    import helper_mod as inner
    return inner is helper_mod
print(later())
