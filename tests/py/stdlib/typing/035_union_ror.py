# `class | typing object`: type.__or__ gives way and the typing object's
# __ror__ makes a typing.Union.
from typing import List, Optional, TypeVar, ForwardRef, Callable, Union

T = TypeVar('T')
print(int | List[int])
print(int | T, (int | T)[str])
print(int | Optional[str])
print(int | ForwardRef('x'))
print(int | Callable[[int], str])
print(list[int] | T)
print(type(int | str).__name__, type(int | List[int]).__name__)
print(int | Union[str, bytes])
