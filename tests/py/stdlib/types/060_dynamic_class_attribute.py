# DynamicClassAttribute: an instance property; class access goes to __getattr__.
import types


class Meta(type):
    def __getattr__(cls, name):
        if name == "kind":
            return "class-level kind"
        raise AttributeError(name)


class Thing(metaclass=Meta):
    def __init__(self, kind):
        self._kind = kind

    @types.DynamicClassAttribute
    def kind(self):
        """The kind of thing."""
        return self._kind

    @kind.setter
    def kind(self, value):
        self._kind = value.upper()


t = Thing("rock")
print(t.kind, Thing.kind)
t.kind = "paper"
print(t.kind)
try:
    del t.kind
except AttributeError as e:
    print(type(e).__name__, e)
d = Thing.__dict__["kind"]
print(d.__doc__, d.overwrite_doc, d.__isabstractmethod__, d.fdel)
ro = types.DynamicClassAttribute(lambda self: 1)
print(ro.__doc__, ro.fget(None))


class Plain:
    x = types.DynamicClassAttribute(lambda self: 5)


print(Plain().x)
try:
    Plain.x
except AttributeError as e:
    print(type(e).__name__, repr(e))
try:
    Plain().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(types.coroutine(len) is not None)
try:
    types.coroutine(1)
except TypeError as e:
    print(type(e).__name__, e)
