# Generic classes: subscription, __orig_bases__, __parameters__, instances.
from typing import TypeVar, Generic, Dict, List

T = TypeVar('T')
S = TypeVar('S')

class Box(Generic[T]):
    def __init__(self, item):
        self.item = item
    def get(self):
        return self.item

print(Box, Box[int], Box[int].__origin__, Box[int].__args__)
print(Box.__parameters__, Box.__orig_bases__, Box.__mro__, Box.__bases__)
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b) is Box, isinstance(b, Box))
b2 = Box('x')
print(b2.get(), hasattr(b2, '__orig_class__'))
print(Box[int] == Box[int], Box[int] == Box[str], Box[int] != Box[int])
print(hash(Box[int]) == hash(Box[int]), Box[int].__parameters__)
print(Box[T], Box[T].__parameters__, Box[List[T]], Box[List[T]][str])
print(Box[int].__name__, Box[int].__qualname__, Box[int].__module__)

class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)

class Pair(Generic[T, S]):
    pass
print(Pair[int, str], Pair[T, int][str], Pair[int, T].__parameters__)

class Sub(Box[T], Generic[T]):
    pass
print(Sub.__parameters__, Sub.__mro__)

class MyDict(Dict[S, T]):
    pass
print(MyDict.__parameters__, MyDict.__mro__, MyDict[int, str], MyDict())

class Reordered(Pair[T, S], Generic[S, T]):
    pass
print(Reordered.__parameters__, Reordered[int, str])
print(Box[None], Box['Foo'], Box[1])
print(Box[int].get is Box.get)
Box[int].label = 'set through the alias'
print(Box.label)
