# A proxy forwards operators and special attributes to its referent, with the
# referent's type in error messages; plain proxies are shared.
import weakref


class P:
    def __init__(self):
        self.v = 5

    def __add__(self, o):
        return self.v + o

    def __mul__(self, o):
        return self.v * o

    def __iter__(self):
        return iter([1, 2])

    def __neg__(self):
        return -self.v

    def __index__(self):
        return 3


o = P()
p = weakref.proxy(o)
print("__class__ is forwarded:", p.__class__.__name__, type(p).__name__)
print(p + 1, p * 2, list(p), -p)
print(str(p) == str(o), bool(p))
for expr in ["p - 1", "p < 3", "p == o", "abs(p)", "[0, 1, 2, 3][p]", "p.__dict__", "1 + p"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


class L(list):
    pass


lo = L([3, 1, 2])
lp = weakref.proxy(lo)
print(len(lp), lp[0], 2 in lp, sorted(lp), lp.count(1))
lp.append(9)
print(lo)
lp[0] = 0
del lp[1]
print(lo, list(reversed(lp)))
q = lp
q += [7]
print("in-place operators return the referent:", type(q).__name__, lo)
print("shared:", weakref.proxy(o) is weakref.proxy(o), weakref.proxy(o, print) is p)
try:
    next(p)
except TypeError as e:
    print("TypeError", e)
del o
for expr in ["p.v", "bool(p)", "p + 1", "len(lp) > 0"]:
    try:
        print(expr, "->", eval(expr))
    except ReferenceError as e:
        print(expr, "->", "ReferenceError", e)
print("repr of a dead proxy:", repr(p).startswith("<weakproxy at "), " to NoneType at " in repr(p))
