# Tuples and dicts that hold only atoms are not tracked by the cycle
# collector (CPython's rules; see docs/internals/gc.md, "What is tracked"):
# a tuple leaves the collector's lists when a collection finds all its items
# untracked, a dict is untracked until something that may be part of a cycle
# is stored in it. The second half proves that cycles through such a dict or
# tuple are still collected (gc.collect()'s count is not compared: `__del__`
# prints show what was freed).
import gc
import weakref

tracked = gc.is_tracked
gc.collect()  # constants of this module's code are examined: atoms untracked
n = 7
s = "x"


def show(name, o):
    print(f"{name}: {tracked(o)}")


# ----- tuples -----
t = (n, s)  # made at run time: tracked until a collection sees it
show("runtime tuple of atoms, before collect", t)
gc.collect()
show("runtime tuple of atoms, after collect", t)
show("empty tuple", ())
show("tuple()", tuple())
show("tuple(list of ints)", tuple([n, n]))
lt = (n, [])
gc.collect()
show("tuple with a list, after collect", lt)
dt = (n, {})
gc.collect()
show("tuple with an empty dict, after collect", dt)
ft = (n, show)
gc.collect()
show("tuple with a function, after collect", ft)
inner1 = (n, s)
inner2 = (n, 1.5, None, b"b")
outer = (inner1, inner2, n)
deep = ((((n,),),),)
for _ in range(5):
    gc.collect()
show("tuple of tuples of atoms, after collections", outer)
show("deeply nested tuple, after collections", deep)
mixed = ((n, []), (n,))
for _ in range(5):
    gc.collect()
show("tuple of (tuple with a list), after collections", mixed)
show("  its atom-only item", mixed[1])
show("  its item with a list", mixed[0])


class T(tuple):
    pass


sub = T((n, s))
gc.collect()
show("tuple subclass of atoms, after collect", sub)

# An iterator's reused result tuple is tracked again when refilled.
z = zip([1, 2], [3, []])
r = next(z)
del r
gc.collect()
r = next(z)
show("zip result refilled with a list", r)
e = enumerate([1, []])
r = next(e)
del r
gc.collect()
r = next(e)
show("enumerate result refilled with a list", r)
del r

# ----- dicts -----
show("{}", {})
show("dict()", dict())
show("{'a': 1}", {"a": n})
show("dict(a=1)", dict(a=n))
show("{'a': []}", {"a": []})
show("dict(a=[])", dict(a=[]))
show("{1: (1, 2)} (constant tuple, untracked)", {1: (1, 2)})
show("{1: runtime tuple}", {1: (n, n)})
show("{'a': {}} (dicts count as trackable)", {"a": {}})
show("{'a': frozenset()}", {"a": frozenset()})
show("{'a': 'b', 1: 2.5, None: b''}", {"a": "b", 1: 2.5, None: b""})
d = {}
d["a"] = n
show("setitem of an int", d)
d["b"] = []
show("setitem of a list", d)
del d["b"]
show("after deleting the list", d)
gc.collect()
show("after deleting the list and a collection", d)
d = {"a": n}
d["a"] = []
show("replacing a value with a list", d)
d = {"a": n}
d.update({"b": []})
show("update(dict with a list)", d)
d = {"a": n}
d.update({"b": n})
show("update(dict of atoms)", d)
d = {}
d.update(b=[])
show("update(b=[])", d)
d = {}
d.update([("b", [])])
show("update(pairs with a list)", d)
d = {}
d.update([("b", n)])
show("update(pairs of atoms)", d)
d = {}
d.setdefault("a", n)
show("setdefault(atom)", d)
d.setdefault("b", [])
show("setdefault(list)", d)
show("fromkeys(str)", dict.fromkeys("ab"))
show("fromkeys(str, [])", dict.fromkeys("ab", []))
show("fromkeys(range, 0)", dict.fromkeys(range(5), 0))
show("copy of an untracked dict", {"a": n}.copy())
show("copy of a tracked dict", {"a": []}.copy())
show("dict(untracked dict)", dict({"a": n}))
show("dict(zip(...))", dict(zip("ab", [1, 2])))
show("dict(zip(..., lists))", dict(zip("ab", [[], []])))
show("comprehension of atoms", {i: i * 2 for i in range(3)})
show("comprehension of lists", {i: [] for i in range(3)})
show("comprehension of str keys", {str(i): None for i in range(3)})


def kw(**k):
    return k


show("kwargs of atoms", kw(a=n, b=s))
show("kwargs with a list", kw(a=n, b=[]))
show("kwargs via **", kw(**{"a": n}))
show("a | b, atoms", {"a": n} | {"b": n})
show("a | b, with a list", {"a": n} | {"b": []})
d = {"a": n}
d |= {"b": n}
show("|= atoms", d)
d |= {"c": []}
show("|= a list", d)
d = {}
d[(n, n)] = 1
show("runtime tuple key", d)
k = (n, s)
gc.collect()
d = {}
d[k] = 1
show("untracked tuple key", d)
d = {"a": n}
d.pop("a")
show("after pop", d)
d.clear()
show("after clear", d)


class C:
    pass


c = C()
c.x = n
show("instance __dict__ of atoms", c.__dict__)
c2 = C()
c2.y = []
show("instance __dict__ with a list", c2.__dict__)
show("vars() of an instance of atoms", vars(c))
c3 = C()
c3.z = n
dd = c3.__dict__
c3.w = []
show("instance __dict__, list stored after it was made", dd)
show("globals()", globals())


class D(dict):
    pass


show("dict subclass, empty", D())
show("dict subclass of atoms", D(a=n))

import collections
import copy
import json

show("defaultdict", collections.defaultdict(int))
show("OrderedDict", collections.OrderedDict(a=1))
show("json.loads object of atoms", json.loads('{"a": 1, "b": "x"}'))
show("json.loads object with a list", json.loads('{"a": []}'))
show("copy.copy of atoms", copy.copy({"a": n}))
show("copy.deepcopy of atoms", copy.deepcopy({"a": n}))
show("copy.deepcopy with a list", copy.deepcopy({"a": []}))

# get_referrers sees tracked containers only.
target = []
holder = {"t": target}
print("tracked dict is a referrer:", any(r is holder for r in gc.get_referrers(target)))


# ----- cycles through containers that started untracked -----
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def cycle(name, make):
    make(Noisy(name))
    gc.collect()


def via_setitem(o):
    d = {"a": 1}
    d["o"] = o
    o.d = d


def via_replace(o):
    d = {"a": 1, "o": 2}
    o.d = d
    d["o"] = o


def via_update(o):
    d = {"a": 1}
    d.update({"o": o})
    o.d = d


def via_update_kw(o):
    d = dict(a=1)
    d.update(o=o)
    o.d = d


def via_setdefault(o):
    d = {}
    d.setdefault("o", o)
    o.d = d


def via_fromkeys(o):
    d = dict.fromkeys(["o"], o)
    o.d = d


def via_copy(o):
    d = {"a": 1}.copy()
    d["o"] = o
    o.d = d


def via_comprehension(o):
    d = {k: o for k in "ab"}
    o.d = d


def via_kwargs(o):
    d = kw(o=o)
    o.d = d


def via_or(o):
    d = {"a": 1} | {"o": o}
    o.d = d


def via_ior(o):
    d = {"a": 1}
    d |= {"o": o}
    o.d = d


def via_dict_of_zip(o):
    d = dict(zip(["o"], [o]))
    o.d = d


def via_nested_dict(o):
    inner = {"a": 1}
    outer = {"i": inner}
    inner["o"] = o
    o.d = outer


def via_untracked_tuple_key(o):
    k = (1, 2)
    d = {k: 1}
    d["o"] = o
    o.d = d


def via_instance_dict(o):
    o.x = 1
    d = o.__dict__
    d["me"] = o


def via_assigned_dict(o):
    o.__dict__ = {"name": o.name, "x": 1}
    o.x = o


def via_deepcopy(o):
    d = copy.deepcopy({"a": 1})
    d["o"] = o
    o.d = d


def via_json(o):
    d = json.loads('{"a": 1}')
    d["o"] = o
    o.d = d


for name, f in list(globals().items()):
    if name.startswith("via_"):
        cycle(name[4:], f)


# The STORE_ATTR fast path into an instance's own dict, once specialised.
def store_attr(o, v):
    o.x = v


for i in range(20):
    o = Noisy(f"store_attr {i}")
    o.__dict__ = {"name": f"store_attr {i}", "x": 0}
    store_attr(o, o)
    del o
    gc.collect()


# A dict untracked by a full collection, then given a cycle.
o = Noisy("dict untracked by collect")
d = {"a": []}
del d["a"]
gc.collect()
print("untracked by collect:", not tracked(d))
d["o"] = o
o.d = d
del o, d
gc.collect()

# A zip result tuple reused after a collection untracked it, in a cycle.
o = Noisy("reused zip tuple")
z = zip([1, 2], [3, o])
r = next(z)
del r
gc.collect()
r = next(z)
o.t = r
del o, r, z
gc.collect()

# Weakref callbacks see the same.
class W:
    pass


w = W()
d = {"a": 1}
d["w"] = w
w.d = d
ref = weakref.ref(w, lambda _: print("weakref callback: W freed"))
del w, d
gc.collect()
print("done")
