# Protocols: runtime_checkable isinstance/issubclass and their errors.
from typing import Protocol, runtime_checkable, TypeVar
import typing

class Closer(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...

@runtime_checkable
class Reader(Protocol):
    def read(self): ...

class File:
    name = 'f'
    def greet(self):
        return 'hi'
    def read(self):
        return 1
    def close(self):
        pass

class NoName:
    def greet(self):
        return 'hi'

class Blocked:
    read = None

class InitName:
    def __init__(self):
        self.name = 'x'
    def greet(self):
        return 'yo'

print(Closer, type(Closer).__name__, Closer.__mro__, Closer._is_protocol)
print(Named._is_runtime_protocol, getattr(Closer, '_is_runtime_protocol'))
print(isinstance(File(), Named), isinstance(NoName(), Named),
      isinstance(InitName(), Named))
print(isinstance(File(), Reader), issubclass(File, Reader),
      issubclass(int, Reader), isinstance(Blocked(), Reader),
      issubclass(Blocked, Reader))
print(sorted(typing._get_protocol_attrs(Named)))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: isinstance(File(), Closer))
attempt(lambda: issubclass(File, Closer))
attempt(lambda: issubclass(File, Named))
attempt(lambda: issubclass(1, Reader))
attempt(lambda: Closer())
attempt(lambda: runtime_checkable(int))
def bad_base():
    class X(Protocol, int):
        pass
attempt(bad_base)

class Concrete(Reader):
    def __init__(self, x):
        self.x = x
c = Concrete(5)
print(c.x, c.read(), isinstance(c, Reader), Concrete._is_protocol)

T = TypeVar('T')
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
print(Box, Box[int], Box.__parameters__)

class Sub(Named, Protocol):
    def extra(self): ...
print(Sub._is_protocol, Sub._is_runtime_protocol, sorted(typing._get_protocol_attrs(Sub)))
