# operator.attrgetter, with dotted names
import operator as op

class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

o = Obj(name="x", child=Obj(name="y", child=Obj(value=42)))
print(op.attrgetter("name")(o), op.attrgetter("child.name")(o), op.attrgetter("child.child.value")(o))
print(op.attrgetter("name", "child.name")(o))
print(op.attrgetter("real", "imag")(3), op.attrgetter("real.real")(5))
print(repr(op.attrgetter("a.b", "c")), repr(op.attrgetter("")), repr(op.attrgetter("it's")))
people = [Obj(name="bob", age=30), Obj(name="al", age=25)]
print([p.name for p in sorted(people, key=op.attrgetter("age"))])
print(type(op.attrgetter("x")).__name__)

class Dyn:
    def __getattr__(self, name):
        return "dynamic " + name
print(op.attrgetter("foo", "bar")(Dyn()))
print(op.attrgetter("bar.upper")(Dyn())())

for f in [lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.attrgetter("a", 2),
          lambda: op.attrgetter("a", x=1), lambda: op.attrgetter("foo")(3),
          lambda: op.attrgetter("real.foo")(3), lambda: op.attrgetter("real")(),
          lambda: op.attrgetter("a")(1, 2), lambda: op.attrgetter("a")(x=1),
          lambda: op.attrgetter(".a")(1), lambda: op.attrgetter("a..b")(o)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
