# Data classes with typing annotations and generic bases.
import typing
from typing import Generic, TypeVar, Optional, List, Union
from dataclasses import dataclass, field, fields, is_dataclass, Field, InitVar

T = TypeVar('T')


@dataclass
class Box(Generic[T]):
    item: T
    others: List[T] = field(default_factory=list)
    maybe: Optional[int] = None
    either: Union[int, str] = 0
    pipe: int | None = None


b = Box[int](1)
print(b, type(b).__name__, Box.__doc__)
print(is_dataclass(Box), is_dataclass(Box[int]), is_dataclass(b))
print([f.type for f in fields(Box)])
print(Field[int], InitVar[List[int]], InitVar[list[int]])
print(typing.get_type_hints(Box.__init__))


@dataclass
class Tree:
    value: int
    children: 'List[Tree]' = field(default_factory=list)


t = Tree(1, [Tree(2)])
print(t, Tree.__doc__)
print(typing.get_type_hints(Tree))
print(typing.get_type_hints(Tree.__init__))


@dataclass(frozen=True)
class Pair(Generic[T]):
    first: T
    second: T


print(Pair(1, 2) == Pair[int](1, 2), hash(Pair('a', 'b')) == hash(('a', 'b')))
