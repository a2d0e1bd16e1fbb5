# BINARY_OP's small-int path, run many times, then given operands whose
# result leaves the machine word: the big-int result, as CPython.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def ops(a, b):
    return a // b, a % b, a << 3, a ** 2, -a, ~a, abs(a)

for i in range(50):
    add(i, i); sub(i, 1); mul(i, 3); ops(i + 1, 7)

big = 2 ** 62
print(add(big, big), add(2 ** 63 - 1, 1), sub(-2 ** 63, 1))
print(mul(2 ** 32, 2 ** 32), mul(-2 ** 63, -1), mul(3037000500, 3037000500))
print(ops(-2 ** 63, -1))
print(ops(2 ** 63 - 1, 2))
x = 1
for i in range(70):
    x = add(x, x)
print(x, type(x).__name__)
for i in range(70):
    x = sub(x, x // 2)
print(x)
n = 1
for i in range(25):
    n = mul(n, 7)
print(n)
# Back down to small ints: the fast path again, same results.
print(add(3, 4), sub(10, 20), mul(-6, 7))
# In-place forms and comparisons across the boundary.
t = 2 ** 63 - 2
for i in range(3):
    t += 1
    print(t, t > 2 ** 63 - 1, t == 2 ** 63)
print(-(-2 ** 63), (-2 ** 63) // -1, divmod(-2 ** 63, -1))
try:
    print(1 << (2 ** 63))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
