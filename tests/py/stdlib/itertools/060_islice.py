# itertools.islice: all argument forms, laziness, error messages
import itertools
import sys

r = range(10)
print(list(itertools.islice(r, 3)))
print(list(itertools.islice(r, 2, 5)))
print(list(itertools.islice(r, 2, None)))
print(list(itertools.islice(r, 1, 8, 3)))
print(list(itertools.islice(r, None)))
print(list(itertools.islice(r, None, None, None)))
print(list(itertools.islice(r, None, 4, 2)))
print(list(itertools.islice(r, 0)))
print(list(itertools.islice(r, 5, 2)))
print(list(itertools.islice(r, 20, 30)))
print(list(itertools.islice(r, 3, sys.maxsize)))
print(list(itertools.islice(itertools.count(), 5, 20, 5)))
print(list(itertools.islice("abcdefg", True, 4)))

# What the input loses
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 0, 6, 4)), next(it))

# Exhausted islices stay exhausted
s = itertools.islice(iter([1, 2, 3]), 1)
print(list(s), list(s))

bad = [
    ("a",), (-1,), (2**70,), (1.5,),
    (-2,), (1, -1), (1, "a"), (1, 2.5),
    (-1, None), ("a", 2), (1.5, 2), (2**70, 2**70), (-2**70, 3),
    (0, 1, 0), (0, 1, -1), (0, 1, "a"), (None, None, -1), (1, 2, 2**70),
]
for args in bad:
    try:
        itertools.islice([1, 2, 3], *args)
        print(args, "ok")
    except ValueError as e:
        print(args, "ValueError", e)

for args in [(), ([1],), ([1], 1, 2, 3, 4)]:
    try:
        itertools.islice(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    itertools.islice([1], stop=1)
except TypeError as e:
    print("TypeError", e)
try:
    itertools.islice(1, 2)
except TypeError as e:
    print("TypeError", e)
# the indices are checked before the iterable
try:
    itertools.islice(1, -1)
except ValueError as e:
    print("ValueError", e)
