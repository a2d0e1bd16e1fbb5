# Closures and lambdas: nested functions capturing variables, nonlocal
# counters, function factories, higher-order functions, map/filter with
# lambdas, functools-style compose/partial written by hand, decorators.


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def partial(fn, *args):
    def wrapper(*more):
        return fn(*args, *more)
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    return wrapper


def call_counter(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@call_counter
def weighted(a, b, scale=1):
    return (a * 3 + b) * scale


def adders(n):
    fns = [make_adder(i) for i in range(50)]
    total = 0
    for i in range(n):
        total += fns[i % 50](i)
    return total


def counters(n):
    cs = [make_counter() for _ in range(10)]
    last = 0
    for i in range(n):
        last = cs[i % 10]()
    return last


def map_filter(n):
    data = list(range(n))
    a = sum(map(lambda x: x * x % 7, data))
    b = len(list(filter(lambda x: x % 3 == 0, data)))
    c = sum(map(lambda x, y: x * y, data[:1000], data[1000:2000]))
    d = max(data, key=lambda x: (x * 7919) % 10007)
    return a, b, c, d


def composition(n):
    f = compose(lambda x: x + 1, lambda x: x * 2, make_adder(3))
    g = partial(lambda a, b, c: a * 100 + b * 10 + c, 1, 2)
    total = 0
    for i in range(n):
        total += f(i) + g(i % 10)
    return total


def memo():
    @memoize
    def stairs(n):
        if n < 3:
            return n
        return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)
    return stairs(300) % 1000000007


def decorated(n):
    total = 0
    for i in range(n):
        total += weighted(i, i % 5, scale=2 if i % 2 else 1)
    return total, weighted.calls[0]


def late_binding():
    fns = [lambda: i for i in range(5)]
    bound = [lambda i=i: i for i in range(5)]
    return [f() for f in fns], [f() for f in bound]


def main():
    print("adders", adders(800000))
    print("counters", counters(800000))
    print("mapfilter", map_filter(500000))
    print("compose", composition(400000))
    print("memo", memo())
    print("decorated", decorated(400000))
    print("late", late_binding())


main()
