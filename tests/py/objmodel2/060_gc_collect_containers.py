# gc.collect() frees reference cycles among containers; weak references show
# when an object is gone (lists and dicts cannot be weakly referenced, so each
# cycle hangs off an instance).
import gc
import weakref


class Marker:
    pass


gc.collect()

print("self-referencing list")
m = Marker()
l = [m]
l.append(l)
w = weakref.ref(m)
del m, l
print("  alive before collect:", w() is not None)
print("  collect found something:", gc.collect() > 0)
print("  alive after collect:", w() is not None)

print("self-referencing dict")
m = Marker()
d = {"m": m}
d["self"] = d
w = weakref.ref(m)
del m, d
print("  alive before collect:", w() is not None)
gc.collect()
print("  alive after collect:", w() is not None)

print("two lists referring to each other")
m = Marker()
a = [m]
b = [a]
a.append(b)
w = weakref.ref(m)
del m, a, b
gc.collect()
print("  alive after collect:", w() is not None)

print("cycle still referenced from outside survives")
m = Marker()
a = [m]
a.append(a)
w = weakref.ref(m)
keep = a
del m, a
gc.collect()
print("  alive:", w() is not None, "len(keep):", len(keep))
del keep
gc.collect()
print("  after dropping the outside ref:", w() is not None)

print("nothing to collect:", gc.collect())
