a = [1, 2, 3, 4]
a.reverse()
print(a, a.reverse(), a)
b = a.copy()
b.append(5)
print(a, b, a[:] == a, a[:] is a)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, list(reversed(nested)), nested[::-1])
