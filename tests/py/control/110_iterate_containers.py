for x in (1, 2):
    print("tuple", x)
for k in {"b": 1, "a": 2}:
    print("dict key", k)
for k, v in {"x": 1}.items():
    print("item", k, v)
for s in sorted({3, 1, 2}):
    print("set", s)
for c in "hé":
    print("str", c)
for b in b"AB":
    print("bytes", b)
for i in range(10, 0, -4):
    print("range", i)
for a, b in zip([1, 2, 3], "ab"):
    print("zip", a, b)
for i, x in enumerate(reversed([7, 8])):
    print("rev", i, x)
