# WeakKeyDictionary: entries disappear when their keys die.
import weakref


class K:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "K(%s)" % self.name


d = weakref.WeakKeyDictionary()
k1, k2, k3 = K(1), K(2), K(3)
d[k1] = "one"
d[k2] = "two"
d[k3] = "three"
print("len:", len(d), d[k1], d.get(k2), d.get(K(9), "missing"))
print("contains:", k1 in d, K(9) in d, 5 in d)
del k1
print("after del k1:", len(d), sorted(v for v in d.values()))
print("items:", sorted((k.name, v) for k, v in d.items()))
print("pop:", d.pop(k2), len(d))
print("setdefault:", d.setdefault(k3, "x"), d.setdefault(K(4), "four"), len(d))
print("keyrefs all live:", all(r() is not None for r in d.keyrefs()))
d.update({k2: "again"})
print("update:", sorted(v for v in d.values()))
k2 = k3 = None
print("after dropping keys:", len(d), list(d.items()))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError", e)
try:
    d[K(0)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
