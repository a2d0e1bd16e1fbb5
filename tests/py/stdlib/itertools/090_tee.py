# itertools.tee: independent iterators, copies, buffering
import itertools

a, b = itertools.tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
print(type(a).__name__, type(a) is type(b))
print(len(itertools.tee("abc", 5)), itertools.tee("abc", 0))
x, = itertools.tee("abc", 1)
print(list(x))

# Only what one tee read ahead of another is buffered; reads are lazy.
def gen():
    for i in range(4):
        print("  produce", i)
        yield i

a, b = itertools.tee(gen())
print(next(a), next(a))
print(next(b))
print(list(a), list(b))

# __copy__ gives a tee at the same place
a, b = itertools.tee(range(5))
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))

# tee of a tee: the first result is the input itself
a, b = itertools.tee(range(3))
t = itertools.tee(a, 3)
print(t[0] is a, [list(x) for x in t], list(b))

# many tees over a long input, read in turns
ts = itertools.tee(range(200), 3)
print(sum(ts[0]), sum(next(ts[1]) for _ in range(150)), sum(ts[2]), sum(ts[1]))

t = itertools._tee(iter("xy"))
print(type(t).__name__, list(t))

for args, kw in [((), {}), (([1], -1), {}), (([1], "a"), {}), (([1], 2, 3), {}), ((), dict(iterable=[1])), ((1,), {})]:
    try:
        itertools.tee(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(itertools.tee(1, 0))
try:
    itertools.tee([1], 2**70)
except OverflowError as e:
    print("OverflowError", e)
for cls in (itertools._tee, itertools._grouper):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print("TypeError", e)

# copy.copy uses __copy__
import copy
a, b = itertools.tee("xyz")
next(a)
print(list(copy.copy(a)), list(a), list(b))

# a tee cannot be re-entered from its own input
def reenter():
    yield 1
    yield next(t)
t, u = itertools.tee(reenter())
print(next(t))
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(u))
