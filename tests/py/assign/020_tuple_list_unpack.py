a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), [g, h] = (1, 2), [3, 4]
print(e, f, g, h)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
k, v = {"only": 1}.popitem()
print(k, v)
m, n = range(2)
o, = [9]
print(m, n, o)
first, second = iter([7, 8])
print(first, second)
