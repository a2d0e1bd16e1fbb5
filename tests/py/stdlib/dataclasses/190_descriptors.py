# Fields whose class attribute is a descriptor; Field.__set_name__.
from dataclasses import dataclass, field, fields


class Named:
    def __init__(self, default):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, owner):
        if obj is None:
            return self.default
        return obj.__dict__.get('_' + self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value * 10


@dataclass
class C:
    x: int = Named(3)


print(C(), C(1), C().x, fields(C)[0].default)


@dataclass
class D:
    y: int = field(default=Named(5))


print(D.__dict__['y'].name, D(2), D(2).y)


class Prop:
    @property
    def area(self):
        return 42


@dataclass
class E(Prop):
    w: int = 1


print(E(), E().area)


class Registry:
    seen = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.seen.append(cls.__name__)


@dataclass
class Reg(Registry):
    r: int = 0


print(Registry.seen, Reg())
