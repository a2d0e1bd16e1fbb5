print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("a", "b", "c")))
names, nums = zip(*[("a", 1), ("b", 2)])
print(names, nums)
print(dict(zip("xyz", range(3))), list(zip(range(3), range(10, 13), range(20, 23))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
