# With "from __future__ import annotations" every annotation is a string.
from __future__ import annotations
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class P:
    x: int
    y: list[int] = field(default_factory=list)
    z: ClassVar[int] = 3
    scale: InitVar[int] = 1
    _: KW_ONLY
    label: str = ''

    def __post_init__(self, scale):
        self.x *= scale


p = P(2, [1], 5, label='l')
print(p, [f.name for f in fields(P)], [f.type for f in fields(P)])
print(P.__doc__)
print(P.__init__.__annotations__)
print(P.__dataclass_fields__['z']._field_type, P.__dataclass_fields__['scale']._field_type)


@dataclass(frozen=True, order=True)
class Q:
    a: 'str'
    b: Q | None = None


print(Q('b') > Q('a'), Q('a', Q('b')) == Q('a', Q('b')), Q.__doc__)
