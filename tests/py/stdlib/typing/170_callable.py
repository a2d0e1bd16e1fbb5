# Callable: reprs, flattening of the arguments, substitution, isinstance.
from typing import Callable, TypeVar, List
import collections.abc

T = TypeVar('T')
S = TypeVar('S')
print(Callable[[int], str], Callable[..., str], Callable[[], str])
print(Callable[[int, List[int]], None], Callable[int, str])
print(Callable[[int], str].__args__, Callable[..., str].__args__)
print(Callable[[int], str].__origin__ is collections.abc.Callable)
print(Callable[[int], str] == Callable[[int], str])
print(Callable[[int], str] == Callable[int, str])
print(Callable[[int], str] == Callable[[str], str])
print(hash(Callable[[int], str]) == hash(Callable[[int], str]))
print(Callable[[T], S], Callable[[T], S].__parameters__)
print(Callable[[T], S][int, str], Callable[[int, T], T][str])
print(Callable[..., T][int], Callable[[], T].__args__)
print(isinstance(len, Callable), isinstance(1, Callable),
      issubclass(type(len), Callable))
print(Callable[[int], str].__name__, Callable.__name__)
print(Callable[[Callable[[int], str]], None])

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Callable[int])
attempt(lambda: Callable[[int], str, int])
attempt(lambda: Callable[[int], (1, 2)])
attempt(lambda: Callable[[T], T][int, str])
attempt(lambda: isinstance(len, Callable[[int], int]))
attempt(lambda: Callable())
