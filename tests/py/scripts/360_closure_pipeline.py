"""Composable data pipelines with functools.partial, reduce and operator."""
from functools import partial, reduce, wraps
import operator


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        shown = tuple(a.__name__ if callable(a) else a for a in args)
        print(f"  {fn.__name__}{shown} -> {result}")
        return result
    return wrapper


@logged
def scale(k, xs):
    return [k * x for x in xs]


@logged
def keep(pred, xs):
    return [x for x in xs if pred(x)]


def is_even(x):
    return x % 2 == 0


pipeline = compose(partial(scale, 3), partial(keep, is_even), sum)
print(pipeline([1, 2, 3, 4, 5, 6]))
print(scale.__name__, scale.__wrapped__.__name__)
square_all = partial(map, partial(operator.pow, exp=2) if False else (lambda x: x * x))
print(list(square_all(range(5))))
getters = operator.itemgetter(0, -1)
print(getters("python"), operator.attrgetter("real", "imag")(3), operator.methodcaller("split", "-")("a-b-c"))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(operator.concat, ["ab", "cd", "ef"]))
