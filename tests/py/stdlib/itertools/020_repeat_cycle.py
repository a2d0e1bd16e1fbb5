# itertools.repeat and itertools.cycle
import itertools
import operator

r = itertools.repeat("x", 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(itertools.repeat(7)), repr(itertools.repeat([1, 2], times=2)))
print(repr(itertools.repeat(None, -5)), list(itertools.repeat(None, -5)))
print(repr(itertools.repeat("a", times=-3)), repr(itertools.repeat(1, True)))
print(operator.length_hint(itertools.repeat(1, 4)), operator.length_hint(itertools.repeat(1), 9))
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
r = itertools.repeat(5)
print([next(r) for _ in range(4)])
print(list(map(pow, range(5), itertools.repeat(2))))
for args, kw in [((), {}), ((1, 2.5), {}), ((1, None), {}), ((1, 2, 3), {}), ((1,), dict(object=2)), ((1,), dict(foo=1))]:
    try:
        itertools.repeat(*args, **kw)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    itertools.repeat(1, 2**70)
except OverflowError as e:
    print("OverflowError", e)

c = itertools.cycle("abc")
print([next(c) for _ in range(8)])
print(list(itertools.cycle([])))
c = itertools.cycle(iter([1, 2]))
print([next(c) for _ in range(5)])

def gen():
    print("gen start")
    yield 1
    print("gen middle")
    yield 2
    print("gen end")

c = itertools.cycle(gen())
print("made")
print([next(c) for _ in range(6)])

for args in [(), (1,), ([1], [2])]:
    try:
        itertools.cycle(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    itertools.cycle(iterable=[1])
except TypeError as e:
    print("TypeError", e)
