# Abstract properties, classmethods and staticmethods; the deprecated forms.
import abc


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...

    @classmethod
    @abc.abstractmethod
    def make(cls): ...

    @staticmethod
    @abc.abstractmethod
    def helper(): ...

    @abc.abstractmethod
    def run(self):
        return "base run"


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42

    def run(self):
        return "impl+" + super().run()


i = Impl.make()
print(i.name, i.helper(), i.run(), Impl.__abstractmethods__)


class Old(abc.ABC):
    @abc.abstractproperty
    def p(self):
        return 1

    @abc.abstractclassmethod
    def c(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def s():
        return "s"


print(sorted(Old.__abstractmethods__))
print(Old.c(), Old.s())
try:
    Old()
except TypeError as e:
    print(e)
print(abc.abstractproperty.__isabstractmethod__, issubclass(abc.abstractproperty, property))
print(issubclass(abc.abstractclassmethod, classmethod), issubclass(abc.abstractstaticmethod, staticmethod))


class Partial(Old):
    p = 5

    @classmethod
    def c(cls):
        return "new c"


print(sorted(Partial.__abstractmethods__), Partial.c())
