# String annotations naming ClassVar, InitVar or KW_ONLY through a module.
import typing
import typing as t
import dataclasses
import dataclasses as dc

T_CV = typing.ClassVar[int]
T_CV_BARE = typing.ClassVar
T_IV = dataclasses.InitVar[int]


@dataclasses.dataclass
class C:
    cv0: 'typing.ClassVar[int]' = 0
    cv1: 'typing.ClassVar' = 1
    cv2: 't.ClassVar[str]' = 2
    cv3: 'T_CV' = 3
    cv4: 'T_CV_BARE' = 4
    cv5: ' typing . ClassVar [int]' = 5
    iv0: 'dataclasses.InitVar[int]' = 6
    iv1: 'dc.InitVar' = 7
    iv2: 'T_IV' = 8
    f0: 'ClassVar[int]' = 9
    f1: 'InitVar[int]' = 10
    f2: 'Undefined.ClassVar' = 11
    f3: 'typing.ClassVarX' = 12
    f4: '[typing.ClassVar]' = 13
    f5: 'str.ClassVar' = 14
    f6: '' = 15
    _: 'dc.KW_ONLY'
    k: int = 16


for name, f in C.__dataclass_fields__.items():
    kw_only = 'MISSING' if f.kw_only is dataclasses.MISSING else f.kw_only
    print(name, repr(f.type), f._field_type, kw_only)
print(C.__doc__)
print(C(iv0=1, iv1=2, iv2=3, k=4))
