a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(1, 1, 5), a.count(2), a.count(9), a.count(1.0))
print(["a", [1]].index([1]), [None, None].count(None))
try:
    a.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
