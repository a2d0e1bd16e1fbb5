# ClassVar annotations (typing.ClassVar, ClassVar[...], and as strings) are
# not fields.
import typing
from typing import ClassVar
from dataclasses import dataclass, fields, InitVar
import dataclasses


@dataclass
class C:
    x: int
    count: ClassVar[int] = 0
    plain: typing.ClassVar = 'p'
    listy: ClassVar[list] = []
    s1: 'ClassVar[int]' = 1
    s2: 'typing.ClassVar[str]' = 's2'
    s3: ' typing . ClassVar' = 's3'
    iv: 'InitVar[int]' = 4
    iv2: 'dataclasses.InitVar[int]' = 5
    notcv: 'NotClassVar[int]' = 6
    y: int = 7


print(C(1), [f.name for f in fields(C)])
print(C.count, C.plain, C.listy, C.s1, C.s2, C.s3, C.iv, C.iv2)
for name in ('count', 'plain', 's1', 's2', 's3', 'iv', 'iv2', 'notcv', 'y'):
    print(name, C.__dataclass_fields__[name]._field_type)
print(C.__doc__)
print(C.__dataclass_fields__['count'].kw_only is dataclasses.MISSING)
try:
    @dataclass
    class Bad:
        x: ClassVar[int] = dataclasses.field(kw_only=True, default=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[list] = dataclasses.field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class D(C):
    z: int = 8


print(D(1), D.count)
