# register(): virtual subclasses, their subclasses, and the cache token.
import abc


class Animal(abc.ABC):
    @abc.abstractmethod
    def speak(self): ...


class Dog:
    def speak(self):
        return "woof"


token = abc.get_cache_token()
print(issubclass(Dog, Animal), isinstance(Dog(), Animal))
print(Animal.register(Dog) is Dog)
print(abc.get_cache_token() != token, type(token).__name__)
print(issubclass(Dog, Animal), isinstance(Dog(), Animal))
print(Animal not in Dog.__mro__)


class Puppy(Dog):
    pass


print(issubclass(Puppy, Animal), isinstance(Puppy(), Animal))


@Animal.register
class Cat:
    pass


print(Cat.__name__, issubclass(Cat, Animal))
# Registering again, or registering a real subclass, changes nothing.
t = abc.get_cache_token()
print(Animal.register(Dog) is Dog, abc.get_cache_token() == t)


class Pet(Animal):
    pass


Pet.register(int)
print(issubclass(int, Pet), issubclass(int, Animal), issubclass(bool, Animal))
print(isinstance(3, Animal), issubclass(float, Animal))
print(issubclass(str, Animal))
Animal.register(str)
print(issubclass(str, Animal), isinstance("x", Animal))

for bad in (3, "Dog", None):
    try:
        Animal.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Animal.register(object)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Pet.register(Animal)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, Animal)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Dog.register
except AttributeError as e:
    print(type(e).__name__, e)
