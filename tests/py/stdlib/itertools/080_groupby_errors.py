# groupby: errors from the key function, from __eq__, bad arguments
import itertools

def key(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return x

g = itertools.groupby([1, 1, 3, 4], key)
k, v = next(g)
print(k, next(v), next(v))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
k, v = next(g)
print(k, list(v))

class NoEq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        raise RuntimeError("no eq for %d" % self.n)
    __hash__ = None

a, b = NoEq(1), NoEq(2)
g = itertools.groupby([a, b])
k, v = next(g)
print(k is a, next(v) is a)
try:
    next(v)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)

def failing():
    yield 1
    raise KeyError("inner")

g = itertools.groupby(failing())
k, v = next(g)
print(k, next(v))
try:
    next(v)
except KeyError as e:
    print("KeyError", e)

for args, kw in [((), {}), (([1], len, 3), {}), ((), dict(foo=1)), (([1], len), dict(foo=1)), ((1,), {})]:
    try:
        itertools.groupby(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    list(itertools.groupby([1], 1))
except TypeError as e:
    print("TypeError", e)
print([(k, list(v)) for k, v in itertools.groupby(iterable="aab", key=None)])
