# Tuple keys in dicts, sets and list searches: items compared in order with
# the identity shortcut, then the lengths; __eq__ of the items is called as
# CPython calls it; subclasses and errors behave the same.
grid = {(x, y): x * 10 + y for x in range(4) for y in range(4)}
print(grid[(2, 3)], (3, 3) in grid, (4, 0) in grid, grid.get((1, 2, 3)))
seen = {(1, "a"), (2, "b"), ((1, 2), (3,))}
print((1, "a") in seen, ((1, 2), (3,)) in seen, ((1, 2), (3, 4)) in seen)


class Loud:
    def __init__(self, v, h=0):
        self.v, self.h = v, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v


a, b, c = Loud(1), Loud(1), Loud(2)
d = {(a, 5): "first"}
print(d.get((b, 5)), d.get((c, 5)), d.get((a, 5)))
print([(a,), (c,)].index((b,)), (c, 1) in [(a, 1), (b, 2)])


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no compare")


try:
    {(BadEq(), 1): 1}[(BadEq(), 1)]
except ValueError as e:
    print(type(e).__name__, e)


class T(tuple):
    def __eq__(self, other):
        print("T.__eq__")
        return True

    __hash__ = tuple.__hash__


print({(1, 2): "x"}.get(T((1, 2))), T((9,)) in [(1,)])
nan = float("nan")
key = (nan, 1)
print({key: 1}.get(key), {key: 1}.get((nan, 1)), (float("nan"), 1) in {key})
x, y = (), ()
for _ in range(100000):
    x, y = (x,), (y,)
for f in (lambda: x == y, lambda: [x].count(y), lambda: {x: 1}.get(y)):
    try:
        print(f())
    except RecursionError as e:
        print(type(e).__name__, e)
