# `__dict__` read after inline values, then attributes set and read both
# through the dict and through the object; `vars()` mutation.


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
d = p.__dict__
print(d, d is p.__dict__, d is vars(p))
p.z = 3
print(d)
d["w"] = 4
print(p.w, sorted(dir(p))[-4:])
del d["x"]
print(hasattr(p, "x"), vars(p))
vars(p)["x"] = 9
print(p.x, list(vars(p)))
p.y = 20
print(d["y"])

# Non-str keys put in the instance dict.
q = P()
q.__dict__[1] = "one"
q.__dict__[("t",)] = "tuple"
print(q.__dict__)
print(q.x, len(vars(q)))

r = P()
r.__dict__["".join(["s", "ub"])] = 5
print(r.sub, list(vars(r)))

# `__dict__` update and clear.
s = P()
s.__dict__.update(a=1, b=2)
print(s.a, s.b, vars(s))
s.__dict__.clear()
print(vars(s), hasattr(s, "x"))
s.x = 5
print(vars(s))

# `__dict__` replaced and deleted.
t = P()
new = {"k": 1}
t.__dict__ = new
print(t.k, t.__dict__ is new, hasattr(t, "x"))
t.m = 2
print(new)
try:
    t.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
del t.__dict__
print(vars(t))
t.q = 1
print(vars(t))


class D(dict):
    pass


t.__dict__ = D(z=26)
print(type(t.__dict__).__name__, t.z)

# A fresh instance of the same class still works after others materialized.
u = P()
u.extra = 1
print(vars(u), u.x, u.extra)
