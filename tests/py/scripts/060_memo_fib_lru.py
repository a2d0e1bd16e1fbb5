"""Memoised recursion with functools.lru_cache and cache."""
import functools
import sys

sys.setrecursionlimit(5000)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100))
print(fib.cache_info())


@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)])


@functools.lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 1, 2]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
