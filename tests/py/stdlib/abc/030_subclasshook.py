# __subclasshook__ decides issubclass before the MRO and the registry.
from abc import ABC, ABCMeta, abstractmethod


class Closable(ABC):
    @abstractmethod
    def close(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Rock:
    pass


print(issubclass(File, Closable), isinstance(File(), Closable))
print(issubclass(Rock, Closable), isinstance(Rock(), Closable))


class Strict(Closable):
    pass


# The hook only answers for Closable itself.
print(issubclass(File, Strict))


class Never(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Sub(Never):
    pass


Never.register(int)
print(issubclass(Sub, Never), issubclass(int, Never), isinstance(Sub(), Never))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print(type(e).__name__, e)

calls = []


class Counting(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        return NotImplemented


print(issubclass(int, Counting), issubclass(int, Counting), calls)
Counting.register(int)
print(issubclass(int, Counting), calls)
print(object.__subclasshook__(int), ABC.__subclasshook__(int))
