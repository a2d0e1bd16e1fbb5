# The _abc accelerator: _abc_impl, _get_dump, the caches and their
# invalidation by register(), _reset_caches and _reset_registry.
import abc
import _abc


class A(abc.ABC):
    pass


class B:
    pass


class C(B):
    pass


print(type(A._abc_impl).__name__, type(A._abc_impl).__module__, hasattr(_abc, "_abc_data"))
print(issubclass(C, A), isinstance(C(), A))
reg, cache, neg, version = _abc._get_dump(A)
print(len(reg), len(cache), sorted(r().__name__ for r in neg))
token = abc.get_cache_token()
A.register(B)
print(abc.get_cache_token() != token, abc.get_cache_token() == abc.get_cache_token())
# The negative cache is stale now: C is a subclass through the registry.
print(issubclass(C, A), isinstance(C(), A), isinstance(B(), A))
reg, cache, neg, version = _abc._get_dump(A)
print([r().__name__ for r in reg], sorted(r().__name__ for r in cache), len(neg))
A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]])
A._abc_registry_clear()
print(issubclass(B, A), issubclass(C, A))
print(A.register(C) is C, issubclass(C, A), issubclass(B, A))


class Bad:
    _abc_impl = 5


for f in (_abc._abc_instancecheck, _abc._abc_subclasscheck):
    try:
        f(Bad, int)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    _abc._get_dump(Bad)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.register(A)
    A.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, A)
except TypeError as e:
    print(type(e).__name__, e)
