x = 1
y = x + 2 * 3
a, b = b, a
first, *rest = [1, 2, 3]
x += 1
obj.attr += 2
d[k] -= 3
print(a < b < c, a and b or c, not a)
s = f"{x!r:>{width}} and {y}"
print(*args, sep='', **kw)
obj.method(1, 2)
items[1:2], items[::2]
z = (w := 10) if x else None
