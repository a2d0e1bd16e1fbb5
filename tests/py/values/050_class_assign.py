# `__class__` assignment between classes whose instances set their
# attributes in different orders.


class A:
    def __init__(self):
        self.x = 1
        self.y = 2


class B:
    def __init__(self):
        self.y = 20
        self.x = 10
        self.z = 30

    def total(self):
        return self.x + self.y + getattr(self, "z", 0)


b = B()
a = A()
print(vars(a))
a.__class__ = B
print(type(a).__name__, vars(a), a.x, a.y, a.total())
a.z = 3
print(vars(a), a.total())
b.__class__ = A
print(type(b).__name__, vars(b), b.x, b.z)
b.w = 4
print(vars(b))
a2 = A()
print(vars(a2), vars(B()))
