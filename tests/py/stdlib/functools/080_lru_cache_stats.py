# lru_cache: hits, misses, least-recently-used eviction, cache_clear().
from functools import lru_cache

calls = []


@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


print(square.cache_info())
for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(n)
print(calls)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (4, 5, 3, 3), tuple(info), info._fields)
print(info._asdict(), info._replace(hits=0))
print(type(info).__name__, isinstance(info, tuple))

square.cache_clear()
print(square.cache_info())
square(1)
print(calls[-1], square.cache_info())

unbounded = lru_cache(maxsize=None)(lambda x: x * 2)
for x in [1, 2, 1, 3, 1, 2]:
    unbounded(x)
print(unbounded.cache_info())

nocache = lru_cache(maxsize=0)(lambda x: x)
for x in [1, 1, 1]:
    nocache(x)
print(nocache.cache_info())

negative = lru_cache(maxsize=-5)(lambda x: x)
negative(1)
negative(1)
print(negative.cache_info())
print(lru_cache(True)(abs).cache_info())

# The least recently *used* entry goes, not the least recently added.
order = []
lru = lru_cache(maxsize=2)(lambda x: order.append(x) or x)
lru("a"), lru("b"), lru("a"), lru("c"), lru("a"), lru("b")
print(order, lru.cache_info())
