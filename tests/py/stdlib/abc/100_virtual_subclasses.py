# isinstance/issubclass with virtual subclasses: through the registry,
# through subclasses of the ABC, __class__ differing from type(), cycles,
# and a __subclasshook__ whose answer is cached.
import abc


class Animal(abc.ABC):
    pass


class Dog(Animal):
    pass


@Animal.register
class Robot:
    pass


class Toy(Robot):
    pass


print(isinstance(Dog(), Animal), isinstance(Robot(), Animal), isinstance(Toy(), Animal))
print(issubclass(Toy, Animal), issubclass(int, Animal), issubclass(Dog, Robot))


class Proxy:
    @property
    def __class__(self):
        return Robot


print(isinstance(Proxy(), Animal), isinstance(Proxy(), Robot))
try:
    Robot.register
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Animal):
    pass


try:
    Sub.register(Animal)
except RuntimeError as e:
    print(type(e).__name__, e)
calls = []


class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is Quacks:
            return any('quack' in k.__dict__ for k in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        pass


for _ in range(3):
    print(isinstance(Duck(), Quacks), isinstance(1, Quacks))
print(calls)
Quacks.register(float)
print(isinstance(1.5, Quacks), isinstance(1, Quacks), calls)


class Meta(abc.ABCMeta):
    pass


class M(metaclass=Meta):
    @abc.abstractmethod
    def f(self):
        pass


print(sorted(M.__abstractmethods__), issubclass(bool, M), M.register(bool) is bool, issubclass(bool, M))
