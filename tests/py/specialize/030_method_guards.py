# LOAD_METHOD's cache: shadowing by the instance, replacement on the class.

class K:
    def m(self):
        return "K.m"

def call(o):
    return o.m()

k = K()
print([call(k) for _ in range(10)][-1])
k.m = lambda: "instance m"
print(call(k))
del k.m
print(call(k))
K.m = lambda self: "new K.m"
print(call(k))

class L(K):
    pass

l = L()
print([call(l) for _ in range(10)][-1])
K.m = lambda self: "changed in base"
print(call(l))
L.m = staticmethod(lambda: "static")
print(call(l))
L.m = classmethod(lambda cls: "class " + cls.__name__)
print(call(l))

# A built-in method, then a subclass overriding it.
class MyList(list):
    pass

def app(x):
    x.append(1)
    return len(x)

ml = MyList()
print([app(ml) for _ in range(10)][-1])
MyList.append = lambda self, v: list.extend(self, [v, v])
print(app(ml))
print(app([]))

class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1

def geta(o):
    return o.a

s = Slots()
print([geta(s) for _ in range(10)][-1])
del s.a
try:
    geta(s)
except AttributeError as e:
    print("AttributeError", e)
