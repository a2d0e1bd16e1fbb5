# The fast path of CALL: exact positional arguments; everything else falls back.
import sys

def f(a, b):
    return a - b

def g(a, b=10):
    return a + b

def h(*args):
    return args

def outer():
    n = 5
    def inner(x):
        return x + n
    return inner

print(f(5, 3), g(1), g(1, 2), h(1, 2), outer()(1))
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

class P:
    def __init__(self, x):
        self.x = x
    def add(self, o):
        return P(self.x + o.x)

p = P(1)
for _ in range(100):
    p = p.add(P(1))
print(p.x)

def rec(n):
    return rec(n + 1)

try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)

def gen(a):
    yield a

print(list(gen(3)))

# Arguments are moved into the callee: it owns them.
def own(x):
    return sys.getrefcount(x) > 0
print(own(object()))

# Int arithmetic that overflows the fast path.
big = 2 ** 62
print(big + big, big * 4, -big - big - big, (-2) ** 63, 7 // -2, -7 % 3, 1 << 70)
t = (1, 2)
a, b = t
c, d = [3, 4]
try:
    e, f2 = [1, 2, 3]
except ValueError as ex:
    print("ValueError", ex)
print(a, b, c, d)
