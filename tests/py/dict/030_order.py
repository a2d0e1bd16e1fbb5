d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 1
print(list(d))
d.pop("mid")
d.setdefault("mid", 5)
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), list(e.values()))
f = dict(e)
f.update({1: "A", 9: "I"})
print(f)
