# SimpleNamespace: keyword construction, repr, equality, attributes.
import types

ns = types.SimpleNamespace(a=1, b="two")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
print(types.SimpleNamespace(), types.SimpleNamespace(self=1, other=2))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2), ns == {"b": "two", "c": [3]})


class Point(types.SimpleNamespace):
    pass


p = Point(x=1, y=2)
print(p, p == types.SimpleNamespace(x=1, y=2), isinstance(p, types.SimpleNamespace))
ns.me = ns
print(ns)
inner = types.SimpleNamespace(v=types.SimpleNamespace(w=1))
print(inner, inner.v.w)
for bad in ((1,), ({"a": 1},)):
    try:
        types.SimpleNamespace(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__, e)
r = types.SimpleNamespace(k=5).__reduce__()
print(r[0] is types.SimpleNamespace, r[1], r[2])
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace.__hash__ is None)
