# overload, get_overloads, final, no_type_check, cast, assert_*, reveal_type.
import sys
from typing import (overload, get_overloads, clear_overloads, final,
                    no_type_check, no_type_check_decorator, cast, assert_type,
                    assert_never, reveal_type, dataclass_transform,
                    get_type_hints, List)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x

print(f(3), len(get_overloads(f)))
print([o.__annotations__ for o in get_overloads(f)])

@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(get_overloads(len), get_overloads(print))
clear_overloads()
print(get_overloads(f))

@final
class Leaf:
    @final
    def m(self):
        pass
print(Leaf.__final__, Leaf.m.__final__, final(1))

@no_type_check
def ntc(a: int) -> str:
    pass
print(ntc.__no_type_check__, get_type_hints(ntc))

@no_type_check
class NTC:
    a: int
    def m(self, b: 'Undefined'):
        pass
print(NTC.__no_type_check__, NTC.m.__no_type_check__, get_type_hints(NTC))

@no_type_check_decorator
def deco(func):
    return func
@deco
def decorated(a: int):
    pass
print(deco.__name__, decorated.__no_type_check__)

print(cast(int, 'x'), cast('List[int]', [1]), assert_type(3, str))
try:
    assert_never(3)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert_never('x' * 150)
except AssertionError as e:
    print(type(e).__name__, e)
sys.stderr = sys.stdout
print(reveal_type([1]))
print(reveal_type(None))
sys.stderr = sys.__stderr__

@dataclass_transform()
def model(cls):
    return cls
print(model.__dataclass_transform__)
@dataclass_transform(kw_only_default=True, field_specifiers=(int,), alias=1)
class Base:
    pass
print(Base.__dataclass_transform__)
