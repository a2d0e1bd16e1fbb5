print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") < (1, "b"))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, 2, 3)), hash((1.5, -2)))
print(hash((0,)), hash(((1, 2), 3)), hash((True, None is None)))
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()], (1, 2) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
