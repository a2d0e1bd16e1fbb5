vals = [1, -2.5, "s", 'q"', b"b", None, True, [1, "a"], (1,), {"k": [None]}, {1}, range(3), slice(1, 2), Ellipsis, NotImplemented, 1e100, float("nan")]
for v in vals:
    print(repr(v), str(v))
print(repr(int), repr(str), str(list), repr(ValueError), repr(type))
print(str(), repr(""), str("x"), str(1.0), str(10 ** 20))
