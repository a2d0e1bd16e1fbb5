# sys.getrefcount: the argument itself counts one.
import sys

o = object()
print("fresh object:", sys.getrefcount(o))
l = [o]
print("in a list:", sys.getrefcount(o))
l.append(o)
print("twice in a list:", sys.getrefcount(o))
d = {"k": o}
print("also a dict value:", sys.getrefcount(o))
t = (o, o)
print("also twice in a tuple:", sys.getrefcount(o))
del t
print("tuple gone:", sys.getrefcount(o))
l.clear()
print("list cleared:", sys.getrefcount(o))
d.clear()
print("dict cleared:", sys.getrefcount(o))
alias = o
print("another name:", sys.getrefcount(o))
del alias
print("name deleted:", sys.getrefcount(o))


class C:
    pass


c = C()
print("instance:", sys.getrefcount(c))
c.me = o
print("attribute holds o:", sys.getrefcount(o))
del c
print("instance gone:", sys.getrefcount(o))


def f(x):
    return sys.getrefcount(x)


print("inside a call (arg + param + getrefcount arg):", f(o) >= 3)
x = [1, 2, 3]
print("list object:", sys.getrefcount(x))
y = [x, x, x]
print("list in list three times:", sys.getrefcount(x))
