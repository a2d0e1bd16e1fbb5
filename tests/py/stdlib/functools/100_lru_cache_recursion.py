# A cached function that calls itself: deep recursion through the cache.
import sys
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
sys.setrecursionlimit(5000)
fib.cache_clear()
print(fib(500))
print(fib.cache_info())


@lru_cache(maxsize=8)
def fib_small(n):
    return n if n < 2 else fib_small(n - 1) + fib_small(n - 2)


print(fib_small(400) % 1000000007, fib_small.cache_info())


@cache
def partitions(n, largest):
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


print(partitions(100, 100), partitions.cache_info().currsize > 0)


@lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(1000))
try:
    deep(100000)
except RecursionError:
    print("RecursionError")
print(deep(1500), deep.cache_info().hits > 0)
