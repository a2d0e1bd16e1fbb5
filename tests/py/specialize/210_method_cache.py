# LOAD_METHOD remembers the method it found for a type while the type's
# attributes stay as they were: every change of the class, of a base, of
# the instance or of its class is seen at the next call.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


def call_many(objs):
    return [o.greet() for o in objs]


c = Child()
print(call_many([c] * 10)[-1])
Base.greet = lambda self: "base, replaced"
print(call_many([c] * 3))
Child.greet = lambda self: "child's own"
print(call_many([c] * 3))
del Child.greet
print(call_many([c] * 3))
c.greet = lambda: "instance attribute"
print(call_many([c] * 3))
del c.greet


class Other:
    def greet(self):
        return "other"


c.__class__ = Other
print(call_many([c] * 3))
del Base.greet
try:
    Child().greet()
except AttributeError as e:
    print(type(e).__name__, e)

# Built-in methods on built-in types, then a subclass that overrides one.
items = []
for i in range(20):
    items.append(i)
print(len(items), items[-1])


class Loud(list):
    def append(self, x):
        super().append(x * 10)


for l in (items, Loud(), items, Loud()):
    l.append(1)
    print(type(l).__name__, l[-1])

# Classes made and dropped in a loop: a new class at the same address never
# sees the method of a dead one.
results = []
for n in range(200):
    K = type("K", (), {"val": (lambda n: lambda self: n)(n)})
    results.append(K().val())
print(results == list(range(200)))
