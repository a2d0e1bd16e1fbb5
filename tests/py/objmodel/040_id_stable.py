# id() is constant over an object's life, and two live objects have the same
# id exactly when they are the same object. (The numbers themselves are never
# printed: they are addresses in CPython and mean nothing across runs.)
items = []
before = id(items)
for i in range(1000):
    items.append(i)
print(id(items) == before, len(items))

d = {}
before = id(d)
for i in range(1000):
    d[i] = i
print(id(d) == before)

s = set()
before = id(s)
s.update(range(500))
s.clear()
print(id(s) == before)

class A:
    pass

a = A()
before = id(a)
a.x = 1
a.y = [a]
print(id(a) == before, id(a.y[0]) == before)

objects = [[] for _ in range(50)] + [A() for _ in range(50)] + [float(i) for i in range(50)]
print(len({id(o) for o in objects}))

alias = objects[3]
print(id(alias) == id(objects[3]), id(objects[3]) == id(objects[4]))
print(type(id(a)).__name__, id(a) == id(a), id(None) == id(None))

def f():
    return items

print(id(f()) == id(items), id(f) == id(f))
