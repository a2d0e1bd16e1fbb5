d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {0: "zero", False: "false", 0.0: "fzero"}
print(e)
f = {"1": "s", 1: "i", (1,): "t"}
print(f, f[1.0])
print({-0.0: 1}[0], {2 ** 64: "big"}[2.0 ** 64])
