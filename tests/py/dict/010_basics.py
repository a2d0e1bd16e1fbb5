d = {"a": 1, "b": 2}
print(d, len(d), d["a"], type(d).__name__)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "c" in d)
e = {}
e[1] = "int"
e[(1, 2)] = "tuple"
e[None] = "none"
e[2.5] = "float"
e[frozenset([1])] = "fs"
print(e)
print({}, dict(), {1: {2: {3: 4}}}, bool({}), bool({0: 0}))
