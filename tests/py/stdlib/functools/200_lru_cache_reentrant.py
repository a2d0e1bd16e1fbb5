# lru_cache under hostile conditions: the function raises, clears its own
# cache, or an argument's __eq__/__hash__ reenters the cache.
from functools import lru_cache


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@lru_cache(maxsize=2)
def fails(x):
    raise ValueError("bad %r" % (x,))


attempt(lambda: fails(1))
attempt(lambda: fails(1))
print(fails.cache_info())


@lru_cache(maxsize=2)
def clears(x):
    clears.cache_clear()
    return x * 10


print(clears(1), clears(2), clears(1), clears.cache_info())


class Sneaky:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        sneaky_cache.cache_clear()
        return isinstance(other, Sneaky) and self.v == other.v


@lru_cache(maxsize=2)
def sneaky_cache(x):
    return x.v


print(sneaky_cache(Sneaky(1)), sneaky_cache(Sneaky(2)), sneaky_cache(Sneaky(3)))
print(sneaky_cache(Sneaky(1)), sneaky_cache.cache_info().maxsize)


class BadHash:
    def __hash__(self):
        raise TypeError("no hash today")


attempt(lambda: sneaky_cache(BadHash()))


@lru_cache(maxsize=3)
def recurse(n):
    # Fills (and evicts from) the cache while an outer call is pending.
    return n if n < 2 else recurse(n - 1) + recurse(n - 2) + recurse(n // 2)


print(recurse(25), recurse.cache_info())
print(recurse(25), recurse(3), recurse.cache_info())
