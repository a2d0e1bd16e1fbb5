import sys
try:
    import helper_raises
except ValueError as e:
    print(type(e).__name__, e)
print("helper_raises" in sys.modules)
try:
    import helper_raises
except ValueError as e:
    print("again:", e)
