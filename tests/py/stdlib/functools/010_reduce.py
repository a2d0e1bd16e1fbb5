# functools.reduce: left fold, with and without an initial value; errors.
from functools import reduce


def add(a, b):
    return a + b


print(reduce(add, [1, 2, 3, 4]))
print(reduce(add, [1, 2, 3, 4], 100))
print(reduce(add, ["a", "b", "c"]))
print(reduce(add, "xyz", ""))
print(reduce(lambda acc, x: acc * x, range(1, 11), 1))
print(reduce(add, [], 7), reduce(add, [5]), reduce(add, [], None))
print(reduce(lambda a, b: a + [b], iter([1, 2, 3]), []))
print(reduce(max, (3, 9, 2)), reduce(min, {4}))

# The function sees the accumulated value first.
print(reduce(lambda a, b: (a, b), [1, 2, 3, 4]))


def gen():
    yield 1
    yield 2
    raise ValueError("stopped")


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: reduce(add, []))
attempt(lambda: reduce(add, iter([])))
attempt(lambda: reduce(add))
attempt(lambda: reduce())
attempt(lambda: reduce(add, 5))
attempt(lambda: reduce(add, None, 0))
attempt(lambda: reduce(add, [1], 2, 3))
attempt(lambda: reduce(add, [1], initial=3))
attempt(lambda: reduce(add, [1, 2, 3], None))
attempt(lambda: reduce(5, [1, 2]))
attempt(lambda: reduce(5, [1]))
attempt(lambda: reduce(add, gen()))
print(reduce)
