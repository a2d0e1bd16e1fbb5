# gc.collect() returns the number of unreachable objects it found. The counts
# are exact for cycles of lists, dicts and tuples; for instances and closures
# CPython and Kaa allocate different helper objects, so only n > 0 is shown.
import gc

gc.collect()
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())
d = {}
d["d"] = d
del d
print("self-referencing dict:", gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())
l = [[] for i in range(10)]
l.append(l)
del l
print("list of ten lists plus itself:", gc.collect())
for i in range(5):
    x = []
    x.append(x)
del x
print("five separate cycles:", gc.collect())


class N:
    pass


n = N()
n.me = n
del n
print("instance cycle: n > 0:", gc.collect() > 0)


def make():
    def inner():
        return inner

    return inner


f = make()
del f
print("closure cycle: n > 0:", gc.collect() > 0)
print("nothing left:", gc.collect())
print("generations 0 and 1:", gc.collect(0), gc.collect(1), gc.collect(generation=2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
