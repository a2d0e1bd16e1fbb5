# MappingProxyType: a read-only view of a mapping that follows its changes.
import types

d = {"a": 1, "b": 2}
m = types.MappingProxyType(d)
print(repr(m), str(m), len(m), m["a"], "b" in m, "z" in m, list(m))
print(m.get("a"), m.get("z"), m.get("z", 0), m.keys(), m.values(), m.items())
d["c"] = 3
print(m["c"], len(m), list(reversed(m)))
c = m.copy()
print(type(c).__name__, c, c is d)
print(m == d, m == {"a": 1}, m != {}, m | {"z": 26}, {"z": 26} | m)
try:
    m["a"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del m["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    m |= {"q": 1}
except TypeError as e:
    print(type(e).__name__, e)
for bad in ([1, 2], (1,), 3, "s"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(types.MappingProxyType(types.MappingProxyType({1: 2})))
print(type(m).__name__, types.MappingProxyType.__name__)
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(types.MappingProxyType[str, int])
