# UNPACK_SEQUENCE's fast paths for tuples and lists, after many right
# lengths: wrong lengths, other iterables, and starred targets.

def two(s):
    a, b = s
    return b, a

def three(s):
    a, b, c = s
    return c

def star(s):
    a, *rest, b = s
    return a, rest, b

for i in range(50):
    two((i, i + 1)); two([i, 1]); three((1, 2, 3)); star([1, 2, 3])

for s in [(1,), (1, 2, 3), [], [1, 2, 3, 4], "abc", "a", {1: 0}, range(5)]:
    try:
        print(two(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in [(1, 2), [1, 2, 3, 4], iter([1, 2]), iter([1, 2, 3, 4])]:
    try:
        print(three(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in [(1,), [1, 2], "xyz", range(6)]:
    try:
        print(star(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in [None, 5]:
    try:
        two(s)
    except TypeError as e:
        print(type(e).__name__, e)

def gen():
    yield 1
    yield 2
    raise RuntimeError("from the generator")

try:
    three(gen())
except RuntimeError as e:
    print(type(e).__name__, e)

a, b = b, a = 1, 2
print(a, b)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x, two((1, 2)), three([4, 5, 6]))
