a = [1, 2]
b = [3]
print(a + b, a * 2, 2 * b, [] * 5, a * 0, a * -1)
c = a
c += [9]
print(a, c is a)
d = a
d = d + [10]
print(a, d, d is a)
e = [0]
e *= 3
print(e, [1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [1] < [1, 0])
try:
    [1] + (2,)
except TypeError as e2:
    print(type(e2).__name__, e2)
