# functools.partial: stored arguments come first, stored keywords are
# updated by the call's; func/args/keywords attributes.
from functools import partial


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a=1, b=2)
print(p.func is show, p.args, p.keywords)
print(p())
print(p(3, 4))
print(p(b=20, c=30))
print(p(0, a=10))
print(partial(show)(), partial(show)(1, x=2))
print(partial(show, x=1)(y=2), partial(show, x=1)(x=3))

# Keyword order: the stored ones first (a replaced in place), then the new.
print(list(partial(show, a=1, b=2, c=3)(d=4, b=5)[1]))

# keywords is the live dict the partial calls with.
q = partial(show, k=1)
q.keywords["k"] = 2
q.keywords["z"] = 9
print(q())
print(type(p.args).__name__, type(p.keywords).__name__)

power = partial(pow, exp=2)
print(power(5), power(5, exp=3), partial(pow, 2)(10))
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=3))
print(partial(max, key=len)(["a", "bbb", "cc"]))
print(partial(sorted, reverse=True)([3, 1, 2]))

# Any callable: classes, bound methods, other partials, objects with __call__.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return self.n + x


print(partial(Adder(10), 5)(), partial(Adder, 3)().n)
print(partial([1, 2, 3].index, 2)(), partial("{}-{}".format, "a")("b"))
print(callable(p), isinstance(p, partial))
