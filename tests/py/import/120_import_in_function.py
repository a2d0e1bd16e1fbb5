def f():
    import math
    from helper_mod import func
    return math.floor(2.9), func(3)
print(f())
try:
    math
except NameError as e:
    print(type(e).__name__, e)
class C:
    import helper_state
print(C.helper_state.counter)
