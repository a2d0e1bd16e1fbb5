a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = "X" * len(a[::2])
print(a)
b = [0, 1, 2, 3, 4, 5]
b[1:4] = []
print(b)
b[:] = range(3)
print(b)
c = [0, 1, 2, 3, 4, 5]
c[::-2] = [10, 30, 50]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
d = [1, 2, 3]
d[5:10] = [9]
d[-100:1] = [0]
print(d)
