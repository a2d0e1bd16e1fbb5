# Descriptors and hooks added after the caches learnt a type.

class D:
    pass

class C:
    d = D()
    def __init__(self):
        self.__dict__["d"] = "instance"

def get(o):
    return o.d

def put(o, v):
    o.d = v

c = C()
print([get(c) for _ in range(10)][-1])
# The class attribute's own class becomes a data descriptor.
D.__get__ = lambda self, obj, cls: "from D.__get__"
D.__set__ = lambda self, obj, v: print("D.__set__", v)
print(get(c))
put(c, 7)
print(c.__dict__)

class E:
    def __init__(self):
        self.v = 1

def getv(o):
    return o.v

def setv(o, v):
    o.v = v

e = E()
for i in range(10):
    setv(e, i)
print(getv(e))
E.__getattribute__ = lambda self, n: "hooked " + n
print(getv(e))
del E.__getattribute__
print(getv(e))
E.__setattr__ = lambda self, n, v: print("setattr", n, v)
setv(e, 100)
print(getv(e))

# A base class changes: its subclasses' caches fall back too.
class Base:
    pass

class Sub(Base):
    def __init__(self):
        self.w = "inst"

s = Sub()
print([getattr(s, "w") for _ in range(3)][-1], [(lambda o: o.w)(s) for _ in range(10)][-1])
Base.w = property(lambda self: "base property")
print((lambda o: o.w)(s))
