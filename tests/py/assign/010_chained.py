a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = j = 0
i += 1
print(i, j)
p, q = r = 1, 2
print(p, q, r)
d = {}
d["a"] = d["b"] = 0
print(d)
