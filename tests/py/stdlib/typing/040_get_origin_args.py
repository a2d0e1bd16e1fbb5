# get_origin and get_args on every kind of form.
from typing import *
import typing
import collections.abc

T = TypeVar('T')
P = ParamSpec('P')
UserId = NewType('UserId', int)
forms = [List[int], List, list[int], int, Union[int, str], int | str,
         Optional[int], Literal[1, 2], Annotated[int, 1, 'x'], ClassVar[int],
         Final[int], Required[int], TypeGuard[int], Generic, Generic[T],
         Tuple[int, ...], Tuple[()], Dict[str, int], P, P.args, P.kwargs,
         Concatenate[int, P], UserId, 'x', None, T]
for f in forms:
    print(repr(f), get_origin(f), get_args(f))

print(get_origin(Callable[[int], str]) is collections.abc.Callable)
print(get_args(Callable[[int], str]), get_args(Callable[..., int]))
print(get_args(Callable[[], int]), get_args(Callable[P, int]))
print(get_args(Callable[Concatenate[int, P], int]))
print(get_origin(Unpack[Tuple[int]]), get_args(Unpack[Tuple[int]]))
print(get_origin(Annotated[List[int], 'm']) is Annotated)
print(get_args(Dict[str, List[int]]), get_args(typing.Iterable[T]))
