# typing objects as dataclasses, functools.singledispatch and copy see them.
import copy
import functools
from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional, Union, Dict, TypeVar, Callable, Literal, get_type_hints

@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    note: Optional[str] = None

print(Item('a'), [f.name for f in fields(Item)], Item.count)
print(Item.__doc__)
print(get_type_hints(Item))

@functools.singledispatch
def kind(x):
    return 'object'
@kind.register
def _(x: Union[int, str]):
    return 'int or str'
print(kind(1), kind('a'), kind(1.5))

T = TypeVar('T')
for obj in [List[int], Dict[str, int], Union[int, str], Optional[int],
            Callable[[int], str], Literal[1, 2], T]:
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(repr(obj), c == obj, d == obj, c is obj)
