# Union: flattening, deduplication, Optional, |, equality, isinstance.
from typing import Union, Optional, List, Any, TypeVar
import typing

print(Union[int])
print(Union[int, Union[str, int]])
print(Union[int, str, int])
print(Union[int, 'str'])
print(Union[int, str] == Union[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == Union[int, str, int])
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int])
print(Optional[Union[int, str]], Optional[None])
print(Union[int, str] == (int | str), Union[int | str, float])
print(Union[int | None], Optional[int | str])
print(Union[int, Any], Union[int, object])
print(List[int] | None, Optional[int] | str, Union[int, str] | float)
print('str' | List[int])
print(List | int)
T = TypeVar('T')
print(T | int)
print(isinstance(1, Union[int, str]), isinstance(1, Optional[str]),
      isinstance(None, Optional[str]), issubclass(bool, Union[int, str]))
try:
    isinstance(1, Union[List[int], str])
except TypeError as e:
    print(type(e).__name__, e)
print(Union[int, str].__args__, Optional[int].__args__)
print(Union[int, str].__origin__ is Union, Union[T, int].__parameters__)
print(Union[int, List[int], List[int]])
