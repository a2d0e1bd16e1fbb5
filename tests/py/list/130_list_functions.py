a = [4, 1, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), any(a), all(a), list(enumerate(a)))
print(list(map(str, a)), list(filter(lambda v: v > 1, a)), list(zip(a, "xyz")))
print(a.__contains__(3), 3 in a, a.__getitem__(0))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)], sum(m, []))
