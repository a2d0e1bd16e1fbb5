# Abstract methods implemented by generated methods are no longer abstract.
import abc
from dataclasses import dataclass


class Shape(abc.ABC):
    @abc.abstractmethod
    def __repr__(self):
        ...

    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square(2), Square(2).area(), sorted(Square.__abstractmethods__))


@dataclass
class Partial(Shape):
    side: float


print(sorted(Partial.__abstractmethods__))
try:
    Partial(1)
except TypeError as e:
    print(type(e).__name__)
print(isinstance(Square(1), Shape))
