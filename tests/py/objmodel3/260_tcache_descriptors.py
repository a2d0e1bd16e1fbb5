# The type attribute cache: descriptors and metaclass attributes added or
# removed after lookups used the old state.
class Meta(type):
    tag = "meta"

class C(metaclass=Meta):
    pass

print(C.tag)
C.tag = "class"
print(C.tag)
del C.tag
print(C.tag)
Meta.tag = "meta2"
print(C.tag)
Meta.tag = property(lambda cls: "meta-prop")
print(C.tag)
del Meta.tag
C.tag = "class again"
print(C.tag, vars(C)["tag"])
Meta.tag = property(lambda cls: "meta-prop", lambda cls, v: print("meta set", v))
C.tag = "via setter"
print(C.tag, vars(C)["tag"])
del Meta.tag
print(C.tag)

class D:
    pass

d = D()
d.a = 1
print(d.a)
class Desc:
    def __get__(self, obj, cls):
        return "desc-get"
    def __set__(self, obj, value):
        print("desc-set", value)
D.a = Desc()
print(d.a)
d.a = 5
del Desc.__set__
print(d.a)
Desc.__set__ = lambda self, obj, v: print("set again", v)
d.a = 6
print(d.a)

class G:
    pass
g = G()
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
G.__getattr__ = lambda self, name: "getattr " + name
print(g.missing)
G.__getattribute__ = lambda self, name: "getattribute " + name
print(g.missing, g.other)
del G.__getattribute__
del G.__getattr__
print(hasattr(g, "missing"))
