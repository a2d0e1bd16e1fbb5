s = {1, 1.0, True}
print(len(s), s)
t = {0, False, 0.0, -0.0}
print(len(t))
print({1, 2} == frozenset([1, 2]), 1.0 in {1}, "1" in {1})
print(sorted({2 ** 64, 2.0 ** 64, 1}), sorted({-1, -2, 7}))
