# itertools.product
import itertools

print(list(itertools.product("ab", range(2))))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product([0, 1], "x", repeat=2)))
print(list(itertools.product()))
print(list(itertools.product(repeat=3)))
print(list(itertools.product("ab", repeat=0)))
print(list(itertools.product("ab", [])))
print(list(itertools.product([], repeat=0)))
print(len(list(itertools.product(range(4), repeat=4))))
# with repeat=0 the arguments are not read at all
print(list(itertools.product(1, repeat=0)))

# inputs are read once, up front
def gen():
    print("  reading")
    yield 1
    yield 2

p = itertools.product(gen(), "xy")
print("made")
print(list(p), list(p))

# results are fresh tuples
p = itertools.product([1, 2], [3])
t1, t2 = next(p), next(p)
print(t1, t2, t1 is t2)

for args, kw in [
    (([1],), dict(repeat=-1)),
    (([1],), dict(foo=1)),
    (([1],), dict(repeat=1, foo=2)),
    ((1,), {}),
    (([1],), dict(repeat="a")),
    (([1],), dict(repeat=None)),
]:
    try:
        itertools.product(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.product([1], repeat=2**70)
except OverflowError as e:
    print("OverflowError", e)
