print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1, 0.2]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True]), sum(x * x for x in range(4)))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(-10 ** 30), abs(False))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([10 ** 20, -10 ** 20, 1]), sum(range(5), start=100))
