# repr of partial objects (built-in functions only: no addresses).
from functools import partial

print(repr(partial(max)))
print(repr(partial(max, 1)))
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(sorted, reverse=True)))
print(repr(partial(max, "a", [1, 2], (3,), default=None)))
print(repr(partial(partial(max, 1), 2, key=len)))
print(str(partial(min, 0)))


class P(partial):
    pass


class Outer:
    class Inner(partial):
        pass


print(repr(P(max, 1)))
print(repr(Outer.Inner(min, k=2)))

# Recursive state is shown as ... .
r = partial(max)
r.__setstate__((r, (r,), {"me": r}, None))
print(repr(r))
p = partial(len)
p.keywords["x"] = p
print(repr(p))

print(partial)
print(type(partial(max)))
print(partial.__name__, partial.__qualname__, partial.__module__)
print(partial[int])
