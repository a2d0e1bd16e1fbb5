# __isabstractmethod__ on property, classmethod and staticmethod, so that
# abc.abstractmethod can sit under them.
import abc

def plain():
    pass

@abc.abstractmethod
def ab():
    pass

print(property(plain).__isabstractmethod__, property(ab).__isabstractmethod__)
print(property(None, ab).__isabstractmethod__, property(None, None, ab).__isabstractmethod__)
print(property().__isabstractmethod__)
print(classmethod(plain).__isabstractmethod__, classmethod(ab).__isabstractmethod__)
print(staticmethod(plain).__isabstractmethod__, staticmethod(ab).__isabstractmethod__)
print(classmethod(len).__isabstractmethod__)

class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def prop(self):
        ...

    @classmethod
    @abc.abstractmethod
    def cm(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def sm():
        ...

print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)

class Impl(Base):
    @property
    def prop(self):
        return 1

    @classmethod
    def cm(cls):
        return 2

    @staticmethod
    def sm():
        return 3

i = Impl()
print(i.prop, i.cm(), i.sm(), sorted(Impl.__abstractmethods__))

class Half(Base):
    @property
    def prop(self):
        return 1

print(sorted(Half.__abstractmethods__))

class Truthy:
    __isabstractmethod__ = 1

print(property(Truthy()).__isabstractmethod__)
