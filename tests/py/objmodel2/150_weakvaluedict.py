# WeakValueDictionary: entries disappear when their values die.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache[3] = c
print("len:", len(cache), sorted(map(str, cache.keys())))
print("getitem:", cache["a"], "get:", cache.get("zz", "default"))
print("contains:", "a" in cache, "zz" in cache)
del a
print("after del a:", len(cache), "a" in cache, cache.get("a"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
b = None
print("after b = None:", sorted(map(str, cache.keys())))
print("values:", list(cache.values()), "items:", list(cache.items()))
d = Obj("d")
print("setdefault:", cache.setdefault("d", d), cache.setdefault("d", Obj("other")))
print("pop:", cache.pop("d"), "pop default:", cache.pop("d", "gone"))
cache.update({"e": d}, f=c)
print("after update:", sorted(map(str, cache)))
print("copy:", sorted(map(str, cache.copy().keys())))
del c
print("after del c (still held by f?):", sorted(map(str, cache)))
cache.clear()
print("cleared:", len(cache))
print("repr starts:", repr(cache).startswith("<WeakValueDictionary at 0x"))
many = [Obj(i) for i in range(10)]
w = weakref.WeakValueDictionary((i, o) for i, o in enumerate(many))
print("ten:", len(w))
del many[::2]
print("five left:", len(w), sorted(w))
many.clear()
print("none left:", len(w), list(w.items()))
try:
    w[1] = 5
except TypeError as e:
    print("TypeError", e)
