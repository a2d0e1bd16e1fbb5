# __abstractmethods__ is computed from the class __dict__ once the class is
# made: names added by __init_subclass__ or __set_name__ count too.
import abc


class Base(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.late = abc.abstractmethod(lambda self: 0)


class Child(Base):
    def run(self):
        return 1


print(sorted(Child.__abstractmethods__))


class Adds:
    def __set_name__(self, owner, name):
        setattr(owner, name + '_x', abc.abstractmethod(lambda s: 0))


class WithDescriptor(abc.ABC):
    d = Adds()


print(sorted(WithDescriptor.__abstractmethods__))


class Truthy:
    """A value whose __isabstractmethod__ is any true object."""
    __isabstractmethod__ = [1]


class Lazy:
    def __getattr__(self, name):
        if name == '__isabstractmethod__':
            return 1
        raise AttributeError(name)


class Mixed(abc.ABC):
    a = Truthy()
    b = Lazy()
    c = property(abc.abstractmethod(lambda self: 0))
    d = property(lambda self: 0, abc.abstractmethod(lambda self, v: 0))
    e = property(lambda self: 0)
    f = staticmethod(abc.abstractmethod(lambda: 0))
    g = classmethod(lambda cls: 0)
    h = 5


print(sorted(Mixed.__abstractmethods__))


class Raises:
    @property
    def __isabstractmethod__(self):
        raise ValueError('no answer')


try:
    class Bad(abc.ABC):
        x = Raises()
except ValueError as e:
    print(type(e).__name__, e)


# Inherited abstract names stay abstract until overridden by anything that
# is not abstract itself (here: None and a plain value).
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @abc.abstractmethod
    def name(self): ...


class Half(Shape):
    area = None


class Full(Half):
    name = 'full'


print(sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
print(type(Full()).__name__, '_abc_impl' in Full.__dict__)
