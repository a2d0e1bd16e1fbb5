# Instance attributes live inline in an order shared by the class's
# instances (docs/internals/instance-values.md). Instances that set their
# attributes in different orders, skip some, or set more than the shared
# table holds must still show them in the order each one set them.


class P:
    pass


a = P()
a.x = 1
a.y = 2
a.z = 3
b = P()
b.z = 30
b.x = 10
b.y = 20
print(vars(a), vars(b))
print(a.x, a.y, a.z, b.x, b.y, b.z)

# Skipping a name, then setting it later: it comes last.
c = P()
c.x = 1
c.z = 3
print(vars(c))
c.y = 2
print(vars(c), c.y)

# Conditional attributes, as an __init__ with an `if` makes them.
class Q:
    def __init__(self, i):
        self.a = i
        if i % 2:
            self.b = i * 10
        self.c = -i


qs = [Q(i) for i in range(6)]
for q in qs:
    print(vars(q), q.a, q.c, getattr(q, "b", None))

# More than 30 attributes on one instance, and on many.
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, f"a{i}", i)
print(len(vars(m)), m.a0, m.a29, m.a30, m.a39, list(vars(m))[:3], list(vars(m))[-3:])
ms = []
for j in range(3):
    o = Many()
    for i in range(j * 15, j * 15 + 20):
        setattr(o, f"b{i}", i)
    ms.append(o)
for o in ms:
    print(list(vars(o))[:2], list(vars(o))[-2:], len(vars(o)))

# Overwriting keeps the order.
a.x = "again"
print(vars(a))

# Non-interned names through setattr and getattr.
name = "".join(["lo", "ng", "_name"])
setattr(a, name, 5)
print(getattr(a, "long_name"), a.long_name, hasattr(a, "".join(["long", "_name"])))
print(vars(a))
