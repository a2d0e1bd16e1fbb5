# Abstract methods: instantiation is refused until every one is overridden.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Half(Shape):
    def area(self):
        return super().area() + 1


print(Half.__abstractmethods__)
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


s = Square(3)
print(s.describe(), s.perimeter(), Square.__abstractmethods__)
print(isinstance(s, Shape), issubclass(Square, ABC), type(Shape) is ABCMeta)


class Plain(metaclass=ABCMeta):
    pass


print(Plain.__abstractmethods__, type(Plain()).__name__)
print(abstractmethod(lambda: 0).__isabstractmethod__)


class Many(ABC):
    @abstractmethod
    def z(self): ...
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def m(self): ...


try:
    Many()
except TypeError as e:
    print(e)
# Arguments do not matter: the class is refused first.
try:
    Many(1, x=2)
except TypeError as e:
    print(e)
