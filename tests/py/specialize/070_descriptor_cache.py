# LOAD_ATTR/STORE_ATTR through a cached built-in data descriptor (getset,
# __slots__ member, property): guards when the class changes, overriding
# hooks, __getattr__ fallback, missing setters.
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class S:
    __slots__ = ("a", "b")
class G(S):
    def __getattr__(self, n): return "fallback " + n
p = P(); s = S(); g = G()
for i in range(3):
    p.x = i; s.a = i
    print(p.x, s.a, p.__class__.__name__, (1+2j).real, g.b)
    try: print(s.b)
    except AttributeError as e: print("AE", e)
    del s.a
    try: s.a
    except AttributeError as e: print("AE", e)
P.x = property(lambda self: "new")
print(p.x)
class Q:
    __slots__=("v",)
q=Q()
for i in range(3):
    try: q.v
    except AttributeError as e: print(e)
    q.v = i
    print(q.v)
    del q.v
# The cached descriptor must follow changes of the class.
class R:
    __slots__ = ("v",)
    def __init__(self): self.v = 1
r = R()
def read(o):
    return o.v
print([read(r) for _ in range(3)])
R.v = property(lambda self: "prop")
print(read(r))
del R.v
try:
    read(r)
except AttributeError as e:
    print("AE", e)
class C(complex):
    @property
    def real(self): return "overridden"
print([read2 for read2 in ((1+2j).real, C(3, 4).real)])
def getreal(z): return z.real
print(getreal(1+2j), getreal(C(1, 2)), getreal(1+2j))
class Ga:
    __slots__ = ("w",)
    def __getattribute__(self, n): return "ga " + n
print(read(Ga()) if False else Ga().w)
def rw(o):
    return o.w
print(rw(Ga()))
class Sa:
    __slots__ = ("v",)
    def __setattr__(self, n, val): object.__setattr__(self, n, val * 2)
def store(o, x): o.v = x
sa = Sa()
for i in range(3):
    store(sa, i); print(sa.v)
class PR:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "getattr " + n
def rp(o): return o.p
print([rp(PR()) for _ in range(2)])
class RO:
    @property
    def p(self): return 1
def sp(o):
    o.p = 5
for _ in range(2):
    try: sp(RO())
    except AttributeError as e: print("AE", e)
