# lru_cache as a wrapper: metadata, cache_parameters(), __wrapped__, bare
# use, methods (__get__), cache(), and bad maxsize values.
import functools
from functools import lru_cache, cache


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@lru_cache
def greet(name: str) -> str:
    "Say hello."
    return "hello " + name


print(greet("a"), greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.__module__, greet.__annotations__, greet.__wrapped__("b"))
print(greet.cache_parameters(), lru_cache(maxsize=7, typed=True)(len).cache_parameters())
print(cache(len).cache_parameters(), cache(len).cache_info())
print(type(greet).__qualname__, type(greet).__module__)
print(greet.__reduce__(), greet.__copy__() is greet, greet.__deepcopy__({}) is greet)


class Shape:
    def __init__(self, side):
        self.side = side

    @lru_cache(maxsize=None)
    def area(self):
        return self.side ** 2

    @cache
    def scaled(self, k):
        return self.side * k


s = Shape(3)
print(s.area(), s.area(), Shape.area(s), Shape.area.cache_info())
print(s.scaled(2), Shape(4).scaled(2), Shape.scaled.cache_info())
print(type(s.area).__name__, Shape.__dict__["area"].__get__(None, Shape) is Shape.__dict__["area"])
print(s.area.__self__ is s)

attempt(lambda: lru_cache("x"))
attempt(lambda: lru_cache(maxsize="x"))
attempt(lambda: lru_cache(2.5))
attempt(lambda: lru_cache(maxsize=2**100)(abs))
attempt(lambda: functools._lru_cache_wrapper(1, 2, False, tuple))
attempt(lambda: functools._lru_cache_wrapper(len, "x", False, tuple))
attempt(lambda: functools._lru_cache_wrapper(len, 2, False))
attempt(lambda: greet.missing)
attempt(lambda: greet())
