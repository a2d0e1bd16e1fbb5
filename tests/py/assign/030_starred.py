a, *b = [1, 2, 3, 4]
*c, d = "hello"
e, *f, g = range(6)
h, *i = [1]
print(a, b, c, d, e, f, g, h, i)
[j, *k], l = [1, 2, 3], 4
print(j, k, l)
*m, = 1, 2
print(m)
head, *mid, tail = 1, 2
print(head, mid, tail)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
