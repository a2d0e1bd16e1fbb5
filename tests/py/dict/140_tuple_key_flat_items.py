# Tuple keys whose items are ints and strs (hashed and compared without
# Python code) mixed with items whose __hash__/__eq__ are Python methods:
# the methods are called exactly when CPython calls them, in the same order.
# Ints near the hash modulus and -1 (whose hash is -2) hash as in CPython.
M = (1 << 61) - 1
for v in (0, 1, -1, -2, 255, 256, M - 1, M, M + 1, -M + 1, -M, -M - 1, 2**63 - 1, -2**63):
    # int and tuple-of-int hashes are not randomized: CPython's exact values.
    print(v, hash(v), hash((v, 1)), hash((1, v, v)), (v, "s") in {(v, "s")})
print(hash((1, -1)) == hash((1, -2)), hash((-1,)) == hash((-2,)))
print({(1, -1): "a"}.get((1, -2)), {(True, 2): "t"}.get((1, 2)), {(1.0, "x"): 1}.get((1, "x")))
print(hash((1, 2)) == hash((True, 2)), hash(("a", 3.0)) == hash(("a", 3)))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v


a, b = Key(1), Key(1)
d = {(1, "x", a): "first"}
print(d.get((1, "x", b)))   # hash of b; eq a b (1 and "x" compare natively)
print(d.get((1, "y", b)))   # hash of b; "x" != "y": no eq call
print(d.get((1, "x", a)))   # identical item: no eq call
s = {(a, 2), ("k", a)}
print((b, 2) in s, ("k", b) in s, (b, 3) in s)


class Sub(int):
    def __eq__(self, other):
        print("Sub.eq", int(self), other)
        return int(self) == other

    __hash__ = int.__hash__


t = {(Sub(5), 6): "sub"}
print(t.get((5, 6)), t.get((Sub(5), 6)))
print((5, 6) == (Sub(5), 6), (Sub(5), 6) == (5, 7))

# Big ints in keys compare by value.
big = 10**30
print({(big, 1): "big"}.get((10**30, 1)), (big, "a") == (10**30, "a"), (big,) == (big + 1,))
grid = {(x, y): x * y for x in range(-300, 300, 7) for y in range(-3, 600, 11)}
print(sum(grid[(x, y)] for x in range(-300, 300, 7) for y in range(-3, 600, 11)), len(grid))
