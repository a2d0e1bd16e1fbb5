# type's own methods called on something that is not a type: CPython's
# TypeError, never a crash.
calls = [
    lambda: type.__repr__(1),
    lambda: type.__init__(1),
    lambda: type.mro(1),
    lambda: type.__subclasscheck__(1, int),
    lambda: type.__instancecheck__(1, 2),
    lambda: type.__or__(1, int),
    lambda: type.__ror__(1, int),
    lambda: type.__subclasses__(1),
    lambda: type.__call__(1),
    lambda: type.__setattr__(1, "x", 2),
    lambda: type.__delattr__(1, "x"),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
print(type.__repr__(int), type.mro(bool), type.__instancecheck__(int, 3))
print(type.__subclasscheck__(int, bool), type.__or__(int, None))
