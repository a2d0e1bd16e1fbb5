lst = [0, 1, 2, 3, 4]
lst[0] = "zero"
lst[-1] = "last"
lst[1:3] = ["a", "b", "c"]
print(lst)
d = {}
d["k"] = 1
d[1, 2] = "tuple key"
print(d)
class O: pass
o = O()
o.attr = 5
o.inner = O()
o.inner.deep = "deep"
print(o.attr, o.inner.deep)
m = [[0, 0], [0, 0]]
m[1][0] = 7
print(m)
lst[0], d["k"], o.attr = "x", "y", "z"
print(lst[0], d["k"], o.attr)
