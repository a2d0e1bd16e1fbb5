a = [1, "two", 3.0, None, [5]]
print(a, len(a), a[1], a[-1][0], type(a).__name__)
a[0] = 100
print(a[0], a.__len__(), [] == list(), bool([]), bool([0]))
b = [[]] * 3
b[0].append(1)
print(b)
c = [[] for _ in range(3)]
c[0].append(1)
print(c)
print(list("abc"), list(range(4)), list((1, 2)), list({"k": 1, "j": 2}))
