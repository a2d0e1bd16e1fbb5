# The attribute caches remember where in the instance dict a name was found;
# every way the guess can be wrong must still give the right value.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x, self.y

    def put(self, v):
        self.y = v


def read_all(objs):
    return [o.get() for o in objs]


a = P(1, 2)
b = P(3, 4)
c = P(5, 6)
print(read_all([a, b, c]))

# Same class, attributes inserted in the other order.
d = P.__new__(P)
d.y = 8
d.x = 7
print(read_all([a, d, b, d]))

# An attribute deleted and added back (new position).
del b.x
b.x = 30
print(read_all([a, b, c]))

# The dict emptied and refilled, with a non-interned key equal to the name.
c.__dict__.clear()
c.__dict__.update({"y": 60, "".join(["x"]): 50})
print(read_all([a, c]))

# Stores through the cache.
for o in (a, b, c, d):
    o.put(100)
print(read_all([a, b, c, d]))

# A dict with extra keys before the cached ones.
e = P.__new__(P)
e.z = 0
e.w = 1
e.x = 9
e.y = 10
print(read_all([a, e, a, e]))
e.put(11)
print(e.get(), sorted(vars(e).items()))

# Deleting the attribute: AttributeError, then the class attribute shows.
del a.y
try:
    a.get()
except AttributeError as ex:
    print("AttributeError", ex)
P.y = "class y"
print(a.get())

# A method shadowed by an instance attribute, then unshadowed.
class Q:
    def m(self):
        return "method"


q = Q()
print([q.m() for _ in range(3)])
q.m = lambda: "instance"
print([q.m() for _ in range(3)])
del q.m
print([q.m() for _ in range(3)])
q.__dict__["".join(["m"])] = lambda: "non-interned key"
print([q.m() for _ in range(3)])
