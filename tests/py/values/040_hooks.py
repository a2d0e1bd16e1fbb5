# Attribute hooks and class attributes around inline values.


class G:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "missing " + name


g = G()
print(g.x, g.y)
del g.x
print(g.x)


class GA:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name == "x":
            return object.__getattribute__(self, name) * 100
        return object.__getattribute__(self, name)


print(GA().x)


class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


s = SA()
s.v = 4
print(s.v, vars(s))
del s.v
print(vars(s))


class Prop:
    def __init__(self):
        self._v = 0
        self.plain = 1

    @property
    def v(self):
        return self._v + 1

    @v.setter
    def v(self, value):
        self._v = value


pr = Prop()
pr.v = 10
print(pr.v, vars(pr))
pr.__dict__["v"] = "shadow?"
print(pr.v, pr.__dict__["v"])


class C:
    shared = "class"

    def method(self):
        return "method"


c = C()
print(c.shared, c.method())
c.shared = "instance"
c.method = lambda: "instance function"
print(c.shared, c.method(), C.shared, C().method())
del c.shared, c.method
print(c.shared, c.method())

# Loops that hit the attribute caches with instances of two classes.
class A1:
    def __init__(self, v):
        self.v = v
        self.w = v + 1


class A2:
    def __init__(self, v):
        self.w = v + 1
        self.v = v


objs = [A1(1), A2(2), A1(3), A2(4)]
objs[2].__dict__
total = 0
for _ in range(50):
    for o in objs:
        total += o.v + o.w
        o.v = o.v
print(total, [vars(o) for o in objs])
