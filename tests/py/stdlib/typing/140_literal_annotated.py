# Literal, Annotated, Final, ClassVar: values, equality, nesting.
from typing import Literal, Annotated, Final, ClassVar, List, TypeVar

print(Literal[1, 1, 2], Literal[Literal[1, 2], 3], Literal[[]])
print(Literal[1] == Literal[1, 1], Literal[1, 2] == Literal[2, 1])
print(Literal[1] == Literal[True], Literal[0] == Literal[False])
print(Literal[True, 2], Literal[1, 2], Literal[0, 2], Literal[False, 2])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal[1, 'a'].__args__, Literal[int], Literal[None])
print(isinstance(Literal[1], type), Literal[1].__origin__)

a = Annotated[int, 'meta', {'k': 1}]
print(a, a.__origin__, a.__metadata__, a.__args__)
print(a == Annotated[int, 'meta', {'k': 1}], a == Annotated[int, 'other'])
print(Annotated[Annotated[int, 1], 2].__metadata__)
print(Annotated[List[int], 'x']([1, 2]) if False else Annotated[int, 1]('5'))
T = TypeVar('T')
print(Annotated[List[T], 'x'][int], Annotated[T, 1].__parameters__)
print(Annotated[ClassVar[int], 'x'], Annotated[Final[int], 'y'])

print(Final[int].__args__, ClassVar[List[int]].__args__)
print(ClassVar[T][int], Final[List[T]][str])

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Annotated[int])
attempt(lambda: Annotated[()])
attempt(lambda: Annotated(1))
attempt(lambda: Literal[1]())
attempt(lambda: Literal[1][int])
attempt(lambda: isinstance(1, Literal[1]))
attempt(lambda: ClassVar[int, str])
attempt(lambda: Final[int, str])
attempt(lambda: ClassVar[Final[int]])
attempt(lambda: Final[ClassVar[int]])
attempt(lambda: List[ClassVar[int]])
attempt(lambda: Annotated[List[int], 'x']())
def sub():
    class X(Annotated):
        pass
attempt(sub)
def sub2():
    class X(Annotated[int, 1]):
        pass
    return X.__mro__
attempt(sub2)
