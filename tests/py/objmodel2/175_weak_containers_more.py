# More of the weak containers: lazy views, removal during iteration, set
# operations, KeyedRef, the | operator.
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O(%d)" % self.n


objs = [O(i) for i in range(6)]
wv = weakref.WeakValueDictionary((o.n, o) for o in objs)
print("keys() is lazy:", type(wv.keys()).__name__, type(wv.items()).__name__)
print("valuerefs carry their key:", sorted(r.key for r in wv.valuerefs()))
print("KeyedRef:", type(wv.valuerefs()[0]).__name__, isinstance(wv.valuerefs()[0], weakref.ref))
seen = []
for k in wv:
    seen.append(k)
    if k == 0:
        del objs[3:]
print("iteration survived deaths:", len(seen) >= 3, "len after:", len(wv), sorted(wv))
merged = wv | {"x": objs[0]}
print("| gives:", type(merged).__name__, sorted(map(str, merged)))
print("equal to a dict:", wv == {0: objs[0], 1: objs[1], 2: objs[2]})

wk = weakref.WeakKeyDictionary({o: o.n for o in objs})
print("WeakKeyDictionary values lazy:", type(wk.values()).__name__, sorted(wk.values()))
for o in wk:
    if o.n == 0:
        objs.pop()
print("after deaths during iteration:", len(wk), sorted(wk.values()))

a, b, c = O(1), O(2), O(3)
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([b, c])
print("union:", sorted(o.n for o in s1 | s2))
print("intersection:", sorted(o.n for o in s1 & s2))
print("difference:", sorted(o.n for o in s1 - s2))
print("symmetric difference:", sorted(o.n for o in s1 ^ s2))
print("subset:", weakref.WeakSet([b]) <= s1, s1 <= s2, "equal:", s1 == weakref.WeakSet([b, a]))
print("isdisjoint:", s1.isdisjoint(weakref.WeakSet([c])))
holder = [b]
del b
for o in s1:
    holder.clear()
print("removal during iteration:", len(s1), sorted(o.n for o in s1))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
