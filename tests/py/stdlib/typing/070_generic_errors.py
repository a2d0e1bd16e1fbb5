# Errors of Generic subscription and inheritance.
from typing import TypeVar, Generic, List, Protocol, Dict

T = TypeVar('T')
S = TypeVar('S')

class Box(Generic[T]):
    pass

class Plain(Box[int]):
    pass

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Box[int, str])
attempt(lambda: Box[()])
attempt(lambda: Plain[int])
attempt(lambda: Generic[int])
attempt(lambda: Generic[T, T])
attempt(lambda: Generic[()])
attempt(lambda: Protocol[int])
attempt(lambda: Generic[T][int])
attempt(lambda: Protocol[T][int])
attempt(lambda: List[int][str])
attempt(lambda: Dict[T, int][int, str])
attempt(lambda: List[T][int, str])
attempt(lambda: List[T][()])
attempt(lambda: isinstance(Box(), Box[int]))
attempt(lambda: issubclass(Box, Box[int]))
attempt(lambda: isinstance([], List[int]))
attempt(lambda: type(Generic()).__name__)

def twice():
    class E(Generic[T], Generic[S]):
        pass
def missing():
    class E(Box[T], Generic[S]):
        pass
def plain():
    class E(Generic):
        pass
def plain_late():
    class E(List[T], Generic):
        pass
for f in (twice, missing, plain, plain_late):
    attempt(f)
