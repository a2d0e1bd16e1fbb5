# type.__prepare__ exists and returns a new dict whatever it is given; a
# metaclass's own __prepare__ still decides the namespace.
print(type.__prepare__(), type.__prepare__("A", (), x=1), type.__prepare__(1, 2, 3))
print(type.__prepare__() is not type.__prepare__())


class Meta(type):
    pass


print(Meta.__prepare__("X", ()))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 42}


class K(metaclass=Ordered):
    pass


print(K.injected)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Child(Base, tag="t"):
    pass


print("__prepare__" in type.__dict__)
