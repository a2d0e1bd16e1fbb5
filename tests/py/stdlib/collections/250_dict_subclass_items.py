# Subscripting instances of dict subclasses that keep dict's __getitem__ /
# __setitem__ (Counter, defaultdict, plain subclasses) and of ones that
# override them, __missing__ in all its forms, and Counter's counting loop
# with odd counts and a mapping mutated while counting.
from collections import Counter, defaultdict, OrderedDict


class Plain(dict):
    pass


class WithMissing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


class Overrides(dict):
    def __getitem__(self, key):
        return ("over", dict.__getitem__(self, key))

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value * 2)


p = Plain(a=1)
p["b"] = 2
print(p["a"], p["b"], sorted(p.items()))
try:
    p["zz"]
except KeyError as e:
    print(type(e).__name__, e)

m = WithMissing(x=1)
print(m["x"], m["y"], "y" in m)

o = Overrides()
o["k"] = 5
print(o["k"], dict.__getitem__(o, "k"))

c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["nope"], "nope" in c)

dd = defaultdict(list)
for i in range(10):
    dd[i % 3].append(i)
print(sorted(dd.items()))
nested = defaultdict(lambda: defaultdict(int))
for w in ["ab", "ac", "ba", "ab"]:
    nested[w[0]][w[1]] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
try:
    defaultdict()["x"]
except KeyError as e:
    print(type(e).__name__, e)

od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["z"] += 10
print(list(od.items()))

# A __missing__ added to the class later, and __getitem__ replaced later.
Plain.__missing__ = lambda self, key: 0
print(p["later"])
Plain.__getitem__ = lambda self, key: "replaced"
print(p["a"])
del Plain.__getitem__
print(p["a"])

# Unhashable keys
for obj in (Counter(), defaultdict(int), Plain()):
    try:
        obj[[1]]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        obj[[1]] = 1
    except TypeError as e:
        print(type(e).__name__, e)

# Counting: non-int counts, big counts, mixed equal keys.
c = Counter({"a": 1.5, "b": 2**70, "c": True})
c.update("abcab")
print(sorted(c.items()))
c = Counter([1, 1.0, True, 2, 2.0])
print(sorted(c.items()))


class Weird:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        counter.pop("other", None)
        return Weird(self.v + other)

    def __repr__(self):
        return "Weird(%r)" % self.v


counter = Counter({"w": Weird(0), "other": 1})
counter.update(["w", "w", "new"])
print(sorted(counter.items(), key=str))
try:
    Counter([[1]])
except TypeError as e:
    print(type(e).__name__, e)
