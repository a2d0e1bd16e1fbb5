# A built-in type's __new__ called with something that is not a type, or a
# type that is not a subclass: CPython's TypeError, never an object whose
# payload does not fit its class (this crashed Kaa before: found by the
# stdlib's hostile-arguments smoke test).
for t in (int, float, str, bytes, tuple, list, dict, set, frozenset, enumerate, zip, map,
          filter, reversed, object, property):
    try:
        t.__new__(5)
    except TypeError as e:
        print(t.__name__, e)
    other = int if t is str else str
    try:
        t.__new__(other)
    except TypeError as e:
        print(" ", t.__name__, e)
    try:
        t.__new__()
    except TypeError as e:
        print(" ", t.__name__, e)
