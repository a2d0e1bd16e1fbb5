# Nested partials are flattened into one (unless the inner one is a
# subclass overriding __call__, or has attributes of its own).
from functools import partial


def f(*args, **kwargs):
    return args, kwargs


inner = partial(f, 1, a=1)
outer = partial(inner, 2, b=2)
print(outer.func is f, outer.args, outer.keywords)
print(outer(3, a=9))

three = partial(partial(partial(f, 1), 2, x=1), 3, x=2, y=3)
print(three.func is f, three.args, three.keywords, three())

# The inner partial keeps its own state.
print(inner.args, inner.keywords)


class P(partial):
    pass


sub = P(f, 1)
print(type(sub).__name__, isinstance(sub, partial), sub(2))
flat = partial(sub, 2)
print(flat.func is f, flat.args)
again = P(partial(f, 0), 1)
print(type(again).__name__, again.func is f, again.args)


class Loud(partial):
    def __call__(self, *args, **kwargs):
        return ("loud", super().__call__(*args, **kwargs))


loud = Loud(f, "x")
kept = partial(loud, "y")
print(kept.func is loud, kept.args, kept())

tagged = partial(f, 1)
tagged.note = "has a dict"
kept2 = partial(tagged, 2)
print(kept2.func is tagged, kept2.args, kept2())


class WithInit(partial):
    def __init__(self, func, *args, **kwargs):
        self.extra = len(args)


w = WithInit(f, 1, 2)
print(w.extra, w.args, w(3))
