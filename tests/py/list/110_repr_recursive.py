a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
b = [[]]
b[0].append(b)
print(b)
print(repr(["q", 1.5, None, True, (1,), {}]), str([["a"]]))
