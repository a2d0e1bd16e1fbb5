# issubclass() through registered classes, real subclasses made later, and
# the caches, which a register() anywhere makes stale.
import abc


class Root(abc.ABC):
    pass


class Mid(Root):
    pass


class Plain:
    pass


class PlainChild(Plain):
    pass


print(issubclass(Plain, Root), isinstance(PlainChild(), Root))
token = abc.get_cache_token()
Mid.register(Plain)
print(abc.get_cache_token() > token)
# Registered with a subclass of Root: a subclass of Root too, with its own
# subclasses.
print(issubclass(Plain, Root), issubclass(PlainChild, Root), isinstance(PlainChild(), Mid))
print(issubclass(Plain, Mid), issubclass(Root, Mid), issubclass(int, Root))


# A subclass made after Root answered "no" for a class: registering with
# the new subclass changes the answer.
class Other:
    pass


print(issubclass(Other, Root))


class Late(Root):
    pass


Late.register(Other)
print(issubclass(Other, Root), issubclass(Other, Late), issubclass(Other, Mid))


# Subclasses of an ABC are consulted through __subclasses__(): a
# __subclasshook__ on a subclass answers for the base too.
class Hooked(Root):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack')
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


print(issubclass(Duck, Hooked), issubclass(Duck, Root), isinstance(Duck(), Root))
print(sorted(c.__name__ for c in Root.__subclasses__()))
# Registering a class again, or a real subclass, leaves the token alone.
t = abc.get_cache_token()
Mid.register(Plain)
Root.register(Late)
print(abc.get_cache_token() == t)
