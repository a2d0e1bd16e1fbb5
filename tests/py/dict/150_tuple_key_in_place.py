# Dict and set probes that compare tuple keys in place (ints, strs, floats)
# must give CPython's answers: identity before equality (a NaN finds itself),
# equal numbers of different types ((1, 2) == (1.0, True + 1)), long tuples,
# and user __eq__ methods that run (and may mutate the container) exactly
# when CPython runs them.
nan = float("nan")
k = (nan, 2)
s, d = {k, (1.5, "a")}, {k: "nan", (1.5, "a"): "f"}
print(k in s, (nan, 2) in s, (float("nan"), 2) in s, d.get(k), d.get((nan, 2)), d.get((float("nan"), 2)))
print((1.5, "a") in s, (1.5, "b") in s, d[(1.5, "a")], (1.5, "a") == (1.5, "a"))
print((1, 2) == (1.0, True + 1), {(1, 2): "i"}.get((1.0, True + 1)), (1.0, 2) in {(1, 2)})
print({(True, 2.0): "b"}[(1, 2)], {(1, 2), (1.0, 2.0), (True, 2)}, {(0.0, -0.0), (0, 0)})
d = {}
for key in [(1, 2), (1.0, 2), (True, 2.0), (2, 1), ("1", 2), (1, "2"), (1, 2, 0), (1,)]:
    d[key] = d.get(key, 0) + 1
print(d)
print(("a", 1) in {"a": 1}, "a" in {("a",): 1}, {("x",): 1}.get("x"), {"x": 1}.get(("x",)))

# Long tuples (past any in-place limit) and nested ones hash and compare alike.
long1 = tuple(range(40))
long2 = tuple(list(range(40)))
print(hash(long1) == hash(long2), long1 in {long2}, {long2: "L"}[long1], (long1, 1) in {(long2, 1)})
print(hash(tuple(range(16))), hash(tuple(range(17))), hash(("a",) * 3) == hash(("a", "a", "a")))
print(tuple(range(16)) in {tuple(range(16))}, tuple(range(17)) in {tuple(range(16))})
print([hash(t) for t in [(), (0,), (-1,), (1, -1), (2**62, 3), (-(2**63), 1)]])


class Mutating:
    """Equal to everything once its hash matches; clears the container first."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash(7)

    def __eq__(self, other):
        print("eq called, clearing")
        self.target.clear()
        return True


s = {(7,), 7}
m = Mutating(s)
print(m in s, len(s))
d = {7: "seven", (1, 2): "t"}
m = Mutating(d)
print(d.get(m), len(d))
s = {(1, 2), (3, 4)}
m = Mutating(s)
print((m, 2) in s, len(s), (1, 2) in s)


class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("Eq.__eq__", self.v)
        return isinstance(other, Eq) and self.v == other.v


s = {(1, Eq(2)), (1, 2), ("x", 3.5)}
print((1, Eq(2)) in s, (2, Eq(2)) in s, ("x", 3.5) in s, (1, 2) in s)

# Keys of one hash (hash(-1) == hash(-2) == -2): the candidates met before a
# key that needs __eq__ compare in place, then __eq__ runs for the rest in
# probe order.


class H:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return -2

    def __eq__(self, other):
        print("H.__eq__", self.name, other if not isinstance(other, H) else other.name)
        return isinstance(other, H) and self.name == other.name

    def __repr__(self):
        return "H(%s)" % self.name


s = {-1, -2, H("a"), (1, -1), (1, -2)}
d = {-1: 1, -2: 2, H("a"): 3, (1, -1): 4, (1, -2): 5}
print(-2 in s, (1, -2) in s, d[-2], d[(1, -2)])
print(H("a") in s, H("b") in s, d.get(H("a")), d.get(H("b")))
