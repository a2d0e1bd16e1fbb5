# ABCMeta as a base metaclass; keywords; __class__ in isinstance; the registry dump.
import abc


class Meta(abc.ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, flavour="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavour = flavour

    @abc.abstractmethod
    def go(self): ...


class Child(Base, flavour="spicy"):
    def go(self):
        return self.tag


print(type(Child).__name__, Child.flavour, Child().go(), isinstance(Child(), Base))


class Proxy:
    @property
    def __class__(self):
        return Child


print(isinstance(Proxy(), Base), isinstance(Proxy(), Child), type(Proxy()).__name__)


class R(abc.ABC):
    pass


class X:
    pass


R.register(X)
registry, cache, negative, version = abc._get_dump(R)
print([r().__name__ for r in registry], len(cache), len(negative), type(version).__name__)
print(issubclass(X, R), issubclass(int, R))
registry, cache, negative, version = abc._get_dump(R)
print([r().__name__ for r in cache], [r().__name__ for r in negative])
R._abc_registry_clear()
R._abc_caches_clear()
print(issubclass(X, R), [len(s) for s in abc._get_dump(R)[:3]])


class Slotted(abc.ABC):
    __slots__ = ()


print(Slotted.__slots__, abc.ABC.__slots__)
try:
    Slotted().x = 1
except AttributeError as e:
    print(type(e).__name__)
print(abc.ABCMeta.__module__, abc.ABC.__module__, abc.ABCMeta.__name__)
