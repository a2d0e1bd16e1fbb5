t = (1, 2, 3)
a, b, c = t
print(a, b, c)
(x, y), z = (4, 5), 6
print(x, y, z)
first, *rest = t
*init, last = t
print(first, rest, init, last)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
def f():
    return 7, 8
m, n = f()
print(m, n, f())
