# Error messages for misuse of the special forms and aliases.
from typing import *
import typing

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Optional[int, str])
attempt(lambda: Union[()])
attempt(lambda: Union[Generic])
attempt(lambda: Union[Protocol])
attempt(lambda: Union[ClassVar[int]])
attempt(lambda: List[Union])
attempt(lambda: List[int, str])
attempt(lambda: Dict[int])
attempt(lambda: List[(1, 2)])
attempt(lambda: typing.Hashable[int])
attempt(lambda: Tuple[int, str][int])
attempt(lambda: NoReturn[int])
attempt(lambda: Never[int])
attempt(lambda: Self[int])
attempt(lambda: LiteralString[int])
attempt(lambda: TypeAlias[int])
attempt(lambda: Any[int])
attempt(lambda: Any())
attempt(lambda: NoReturn())
attempt(lambda: Union())
attempt(lambda: Union[int, str]())
attempt(lambda: ClassVar[int]())
attempt(lambda: List())
attempt(lambda: List[int]())
attempt(lambda: Dict[str, int](a=1))
attempt(lambda: Tuple())
attempt(lambda: Type[int]())
attempt(lambda: FrozenSet())
attempt(lambda: isinstance(1, List[int]))
attempt(lambda: issubclass(list, List[int]))
attempt(lambda: isinstance(1, Any))
attempt(lambda: isinstance(1, Union))
attempt(lambda: issubclass(int, Union))
attempt(lambda: isinstance(1, ClassVar))
attempt(lambda: isinstance(1, ClassVar[int]))
attempt(lambda: isinstance(1, Annotated[int, 1]))
attempt(lambda: isinstance(1, NoReturn))
attempt(lambda: Required[int, str])
attempt(lambda: TypeGuard[int, str])
attempt(lambda: Unpack[int, str])
attempt(lambda: Concatenate[()])
attempt(lambda: Concatenate[int])
attempt(lambda: Concatenate[int, str])
for base in (Union, ClassVar, ClassVar[int], Union[int, str], Optional[int],
             Literal[1], NoReturn, Final[int], Concatenate[int, ...]):
    def sub():
        class X(base):
            pass
    attempt(sub)
attempt(lambda: List.__args__)
attempt(lambda: List.__parameters__)
attempt(lambda: List[int].no_such_attribute)
