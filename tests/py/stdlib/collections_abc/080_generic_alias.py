# Subscripting the ABCs gives generic aliases (Callable flattens its arguments).
import collections.abc as cabc
from collections.abc import Callable, Sequence, Mapping, Iterable

print(Sequence[int], Mapping[str, int], Iterable[list[int]])
a = Mapping[str, int]
print(a.__origin__ is Mapping, a.__args__, type(a).__name__)
c = Callable[[int, str], float]
print(c, c.__args__, c.__origin__ is Callable)
print(Callable[[], int], Callable[[], int].__args__)
print(Callable[..., int], Callable[..., int].__args__)
print(Callable[[list[int]], dict[str, int]])
print(type(c).__name__, isinstance(c, type(Sequence[int])))
for bad in (int, (int,), (int, str, float)):
    try:
        Callable[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Callable[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], Sequence[int])
except TypeError as e:
    print(type(e).__name__, e)
print(c == Callable[[int, str], float], c == Callable[[int], float])
print(cabc.Awaitable[int], cabc.Container[str], cabc.KeysView[int], cabc.Set[int])
