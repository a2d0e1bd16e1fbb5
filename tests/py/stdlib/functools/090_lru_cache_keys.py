# lru_cache keys: positional vs keyword arguments, typed=, unhashable
# arguments, equal-but-distinct objects.
from functools import lru_cache


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@lru_cache
def f(x, y=1, *a, **k):
    return (x, y, a, k)


print(f(1), f(1), f(1.0), f(x=1), f(1, y=1), f(1, 1))
print(f.cache_info())
f.cache_clear()
print(f(1, z=2), f(1, z=2), f(z=2, x=1))
print(f(1, p=1, q=2), f(1, q=2, p=1), f.cache_info())
attempt(lambda: f([]))
attempt(lambda: f(1, z=[]))
attempt(lambda: f({1: 2}))
print(f.cache_info())

typed = lru_cache(maxsize=None, typed=True)(lambda *a, **k: (a, k))
for args in [(1,), (1.0,), (True,), ("a",), (1,)]:
    typed(*args)
typed(x=1)
typed(x=1.0)
print(typed.cache_info())

untyped = lru_cache(maxsize=None)(lambda *a: a)
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
print(untyped(1, 2), untyped(1.0, 2.0), untyped.cache_info())


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


@lru_cache(maxsize=2)
def value(k):
    return k.v


print(value(Key(1)), value(Key(1)), value(Key(2)), value(Key(3)), value(Key(1)))
print(value.cache_info())
print(lru_cache(maxsize=None)(len)("abc"), lru_cache(maxsize=None)(len)((1, 2)))
