# BINARY_OP's float forms (two floats, a float and an int, the result written
# into a temporary operand), UNARY_NEGATIVE on a float and COMPARE_OP of a
# float with an int, run until they are the usual way, then given operands
# that fail their type checks: other types mid-loop, ints leaving the machine
# word, float and int subclasses with their own operators, NaN and -0.0,
# division by zero.

def poly(x, a, b, c):
    return a * x * x + b * x + c

def mixed(x, i):
    return (x + i, i + x, x - i, i - x, x * i, i * x, x / i, i / x)

def neg(x):
    return -x

def lt(a, b):
    return a < b

def ops(a, b):
    return a / b, a // b, a % b, a ** b

for k in range(40):
    poly(1.5, 2.0, 3.0, 4.0)
    mixed(2.5, k + 1)
    neg(1.5)
    lt(1.5, k)
    ops(7.5, 2.0)

print(poly(1.5, 2.0, 3.0, 4.0), poly(2, 3, 4, 5), poly(0.5, 1, 2.0, 3))
print(mixed(2.5, 4))
print(mixed(-0.5, 3), mixed(0.25, -1), -0.0 + 0, 0 + -0.0, -0.0 - 0, 0 - 0.0, -0.0 * 5, 5 * -0.0, -0.0 / 3)
print(neg(1.5), neg(0.0), neg(-0.0), neg(float("inf")), neg(7), neg(-2 ** 63))
print(repr(neg(float("nan"))), repr(poly(float("nan"), 1.0, 1.0, 1.0)))

# Temporaries shared with someone else are never overwritten.
x = 1.25
y = x * 2.0
z = y + x
print(x, y, z)
saved = []
t = 0.0
for k in range(5):
    t = t * 1.5 + k
    saved.append(t)
    saved.append(t * 1.0)
print(saved)
u = [0.5, 1.5]
w = u[0] * 2.0 + u[1]
print(u, w)
a = 3.0
b = -a
print(a, b, -(a * 2.0), -(-(a + 1.0)))
pair = (1.0 + 2.0, 3.0 * 4.0)
print(pair, pair[0] + pair[1], pair)
d = {}
for k in range(3):
    d[k] = (k * 0.5) * 2.0 - 1.0
print(d, [v + 0.0 for v in d.values()], d)

def closure():
    acc = 0.0
    def step(v):
        nonlocal acc
        acc = acc + v * 0.5
        return acc
    return step

s = closure()
print([s(k) for k in range(4)])

# Mixed int and float at the edges of the machine word and of a double.
big = 2 ** 62
print(1.0 + big, big + 1.0, 1.0 * (2 ** 63 - 1), (2 ** 63 - 1) - 0.5)
print(0.5 * 2 ** 63, 2 ** 63 * 0.5, (2 ** 64) / 2.0, 3 - 10 ** 20 * 1.0)
print((2 ** 53 + 1) + 0.0, 0.0 + (2 ** 53 + 1), (-2 ** 63) * 1.0)
try:
    print(10 ** 400 * 1.5)
except OverflowError as e:
    print(type(e).__name__, e)
print(lt(2 ** 53 + 1, 2.0 ** 53), lt(2.0 ** 53, 2 ** 53 + 1), lt(-2 ** 53 - 1, -2.0 ** 53))
print(lt(2 ** 63 - 1, 9.223372036854776e18), lt(9.223372036854776e18, 2 ** 63 - 1))
print(lt(float("nan"), 1), lt(1, float("nan")), 1.0 == 1, 1 != 1.0, 0.5 >= 0, -0.0 <= 0)
print(2 ** 53 + 1 == 2.0 ** 53, 2.0 ** 53 == 2 ** 53, 3 > 2.5, 2.5 > 3)
r = 0
for k in range(6):
    if k * 0.5 < 2:
        r += 1
    if 1 <= k * 0.5:
        r += 10
print(r)

# Division and modulo by zero, in every form.
for a_, b_ in ((1.0, 0.0), (1.0, 0), (1, 0.0), (0.0, -0.0), (-1, 0.0)):
    for f in (lambda p, q: p / q, lambda p, q: p // q, lambda p, q: p % q, divmod):
        try:
            print(f(a_, b_))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(ops(7.5, 2.0), ops(-7.5, 2), ops(7, -2.0), ops(-0.0, 1.0))
print((-8.0) ** (1 / 3), 2.0 ** -1, (-2.0) ** 3, 0.0 ** 0, 2 ** 0.5)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308, repr(1e308 * 10 - 1e308 * 10))
print(-0.0 + -0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * 0, -(0.0 * 1.0), 0.0 / -5)

# Operand types changing mid-loop at one instruction.
class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __radd__(self, other):
        return "F.__radd__"
    def __neg__(self):
        return "F.__neg__"
    def __lt__(self, other):
        return "F.__lt__"

class I(int):
    def __mul__(self, other):
        return "I.__mul__"
    def __rmul__(self, other):
        return "I.__rmul__"

class G(float):
    pass

values = [1.5, 2, F(3.0), 4.5, I(5), True, 2 ** 70, G(0.5), -0.0, "s", 6.5]
out = []
for v in values:
    for f in (lambda p: p + 1.0, lambda p: 1.0 + p, lambda p: p * 2.0, lambda p: 2.0 * p,
              lambda p: -p, lambda p: p < 2.0, lambda p: 2.0 < p):
        try:
            out.append(f(v))
        except TypeError as e:
            out.append(type(e).__name__ + ": " + str(e))
for o in out:
    print(repr(o), type(o).__name__)
g = G(1.5) + 1.0
print(g, type(g).__name__, type(-G(2.0)).__name__, type(G(2.0) * 2).__name__)
acc = 0.5
for v in (1, 2.0, 3, 2 ** 64, 4.0, True, 5):
    acc = acc * 1.0 + v
    print(acc, type(acc).__name__)
