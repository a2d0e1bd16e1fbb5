# Subscriptions are cached: the same arguments give the same object; an
# unhashable argument is not cached but still works (or fails as it should).
from typing import List, Dict, Literal, Union, Optional, Callable, Generic, TypeVar

T = TypeVar('T')


class Box(Generic[T]):
    pass


print(List[int] is List[int], Dict[str, int] is Dict[str, int])
print(Box[int] is Box[int], Box[int] == Box[int], Optional[int] is Optional[int])
print(Literal[1] is Literal[1], Literal[1] == Literal[True], Literal[1] is Literal[True])
print(Union[int, str] is Union[int, str], Union[int, str] == Union[str, int])
print(Callable[[int], str] == Callable[[int], str])
unhashable = Literal[[1, 2]]
print(unhashable, unhashable.__args__, Literal[[1, 2]] is unhashable)
for bad in ([int], {1: 2}):
    try:
        List[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Union[[1]]
except TypeError as e:
    print(type(e).__name__, e)
print(List[List[int]].__args__[0] is List[int])
