# itertools.count: values, steps, reprs, big ints, floats, errors
import itertools
import sys

c = itertools.count()
print([next(c) for _ in range(3)], repr(c))
c = itertools.count(10, 3)
print(repr(c), next(c), next(c), repr(c))
c = itertools.count(5, -2)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(start=3, step=0)
print([next(c) for _ in range(3)], repr(c))
c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(1, 1.0)
print(repr(c), next(c), next(c))
c = itertools.count(1.0)
print(repr(c), next(c), next(c))
c = itertools.count(0.5, 0.1)
print([next(c) for _ in range(5)], repr(c))

# Crossing sys.maxsize: values become big ints seamlessly.
c = itertools.count(sys.maxsize - 1)
print([next(c) for _ in range(3)], repr(c))
c = itertools.count(-sys.maxsize - 1, -1)
print(next(c), next(c), repr(c))
c = itertools.count(2**70, 2**69)
print(next(c), next(c), repr(c))
c = itertools.count(1, 2**64)
print(next(c), next(c), repr(c))

# bool starts and steps (bool is an int)
c = itertools.count(True)
print(repr(c), next(c), next(c))
c = itertools.count(True, 2)
print(repr(c), next(c), next(c), repr(c))
c = itertools.count(1, True)
print(repr(c), next(c), next(c))

# zip with count is the classic use
print(list(zip(itertools.count(1), "abc")))
print(type(itertools.count()), type(itertools.count()).__name__)

for args in [("a",), (1, "a"), (None,), (1, None), ([],)]:
    try:
        itertools.count(*args)
    except TypeError as e:
        print("TypeError", e)
for kw in [dict(start=1, step=2, x=3), dict(x=1), dict(start=1)]:
    try:
        print(repr(itertools.count(**kw)))
    except TypeError as e:
        print("TypeError", e)
try:
    itertools.count(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    itertools.count(1, start=2)
except TypeError as e:
    print("TypeError", e)
