# The attribute caches of LOAD_ATTR / STORE_ATTR meet each change that must
# make them fall back: run each access many times before and after.

class A:
    def __init__(self):
        self.x = 1

class B:
    def __init__(self):
        self.x = 2

def read(o):
    return o.x

def write(o, v):
    o.x = v

a = A()
print([read(a) for _ in range(10)][-1])

# The class changes under the instance.
a.__class__ = B
print(read(a))

# A property appears on the class: it now wins over the instance dict.
B.x = property(lambda self: "prop")
print(read(a), a.__dict__)
try:
    write(a, 5)
except AttributeError as e:
    print("AttributeError", e)
del B.x
print(read(a))

# The attribute is deleted from the instance: the class attribute shows.
b = B()
for _ in range(10):
    write(b, 3)
del b.x
B.x = "class"
print(read(b))
del B.x
try:
    read(b)
except AttributeError as e:
    print("AttributeError", e)

# Polymorphic call site.
objs = [A(), B(), A(), B()]
print([read(o) for o in objs * 3])
