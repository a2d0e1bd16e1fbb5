# _abc entry points with wrong arguments: messages as CPython gives them.
import _abc, abc
class A(abc.ABC): pass
for f, args in [(_abc._abc_init, (5,)), (_abc._abc_register, (A, 5)), (_abc._abc_register, (5, int)),
                (_abc._abc_instancecheck, (5, 1)), (_abc._abc_subclasscheck, (A, 5)), (_abc._abc_subclasscheck, (5, int)),
                (_abc._get_dump, (5,)), (_abc._reset_caches, (int,)), (_abc.get_cache_token, (1,)), (_abc._abc_init, ())]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
class R(abc.ABC): pass

try: print(R.register(R))
except Exception as e: print(type(e).__name__, e)
for f in (_abc._abc_register, _abc._abc_instancecheck, _abc._get_dump, _abc._reset_registry):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
# Dead classes leave the registry.
for i in range(300):
    R.register(type('Y', (), {}))
print(len(_abc._get_dump(R)[0]) < 300)
