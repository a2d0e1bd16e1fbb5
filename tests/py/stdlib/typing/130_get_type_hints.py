# get_type_hints: string annotations, forward references, classes, extras.
from typing import (get_type_hints, Optional, List, Dict, ClassVar, Final,
                    Annotated, ForwardRef)

class Node:
    val: int
    nxt: 'Optional[Node]' = None
    tags: 'List[str]'
    count: ClassVar[int] = 0
    limit: Final = 10
    meta: Annotated[int, 'units']
    smeta: "Annotated[str, 'x']"
    cv: 'ClassVar[int]'

def link(a: 'Node', b: int = None, c: 'List[Node]' = [], *args: 'int',
         d: Annotated[str, 1], **kw: 'str') -> 'Node':
    pass

class Child(Node):
    extra: 'Dict[str, Node]'
    val: str

for k, v in get_type_hints(Node).items():
    print(k, v)
print(get_type_hints(Node, include_extras=True)['meta'])
print(get_type_hints(link))
print(get_type_hints(link, include_extras=True)['d'])
print(get_type_hints(Child))

def undefined(x: 'Missing'): pass
def with_ns(x: 'Alias', y: 'Other'): pass
try:
    get_type_hints(undefined)
except NameError as e:
    print(type(e).__name__, e)
print(get_type_hints(undefined, {'Missing': int}))
print(get_type_hints(with_ns, {'Alias': int}, {'Other': bytes}))
print(get_type_hints(with_ns, localns={'Alias': int, 'Other': str}))
def bad_cv(x: 'ClassVar[int]'): pass
try:
    get_type_hints(bad_cv)
except TypeError as e:
    print(type(e).__name__, e)
def bad_syntax(x: '1 +'): pass
try:
    get_type_hints(bad_syntax)
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    get_type_hints(1)
except TypeError as e:
    print(type(e).__name__, e)
print(get_type_hints(len), get_type_hints(lambda: 0))
def none_ret(x: None) -> None: pass
print(get_type_hints(none_ret))
def nested(x: List['Node']) -> Dict['str', 'List[Node]']: pass
print(get_type_hints(nested))
def builtin_generic(x: list['Node'], y: 'dict[str, Node]'): pass
print(get_type_hints(builtin_generic))
