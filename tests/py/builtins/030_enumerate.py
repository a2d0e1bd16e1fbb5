print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(["x"], start=-2)), type(enumerate([])).__name__)
e = enumerate("hi")
print(next(e), next(e), next(e, None))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("ab")))
