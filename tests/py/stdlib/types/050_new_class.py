# new_class, prepare_class, resolve_bases.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2


A = types.new_class("A", (), {"metaclass": Meta, "flag": 1}, body)
print(type(A).__name__, A.__name__, A.x, A().double(), A.prepared)
B = types.new_class("B", (A,))
print(type(B).__name__, B.__bases__[0] is A, B.x)
print(types.new_class("C").__bases__)
meta, ns, kw = types.prepare_class("D", (A,), {"k": 2})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("E")
print(meta.__name__, ns, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (int, str)


bases = (Entry(), float)
res = types.resolve_bases(bases)
print(res)
print(types.resolve_bases((int, float)) == (int, float))
print(types.resolve_bases((list[int],)))
class Mixin:
    def hello(self):
        return "hi"


class MixinEntry:
    def __mro_entries__(self, bases):
        return (Mixin,)


E = types.new_class("E", (MixinEntry(), float))
print([c.__name__ for c in E.__mro__], type(E.__orig_bases__[0]).__name__, E().hello())


class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("X", (M1("a", (), {}), M2("b", (), {})))
except TypeError as e:
    print(type(e).__name__, e)


class BadEntry:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print(type(e).__name__, e)
