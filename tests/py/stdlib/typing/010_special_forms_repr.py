# Reprs of the special forms, bare and subscripted.
from typing import (Any, NoReturn, Never, Self, LiteralString, TypeAlias,
                    ClassVar, Final, Optional, Union, Literal, Annotated,
                    TypeGuard, Required, NotRequired, Unpack, Tuple,
                    Concatenate, ParamSpec)
import typing

for form in [Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar,
             Final, Optional, Union, Literal, TypeGuard, Required,
             NotRequired, Unpack, Concatenate]:
    print(repr(form), form._name if hasattr(form, '_name') else '-')

print(ClassVar[int], Final[int], TypeGuard[bool])
print(Required[int], NotRequired[str], Unpack[Tuple[int, str]])
print(Optional[int], Optional[None], Union[int, str])
print(Union[int, None, str], Union[None, int])
print(Literal[1, 'a', None, True, b'x'])
print(Annotated[int, 'meta', 1], Annotated[Annotated[int, 1], 2])
print(ClassVar[typing.List[int]], Final[Optional[str]])
P = ParamSpec('P')
print(Concatenate[int, P], Concatenate[int, str, ...])
print(typing.Text, typing.TYPE_CHECKING, typing.AnyStr)
print(Any.__name__ if hasattr(Any, '__name__') else '', Union.__name__,
      ClassVar.__qualname__)
print(Union[int, str].__name__, Optional[int].__name__, ClassVar[int].__name__,
      Literal[1].__name__, Annotated[int, 1].__name__)
