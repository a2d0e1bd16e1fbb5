# Generators: generator functions, pipelines of chained generators,
# generator expressions, `yield from`, send(), infinite generators with
# manual termination, consuming via sum/max/list/zip/enumerate.


def count_from(n):
    while True:
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def mod_stream(it, m):
    for x in it:
        yield x % m


def pipeline(n):
    return sum(mod_stream(only_odd(squares(take(n, count_from(1)))), 1000003))


def flatten(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree


def make_tree(depth, start):
    if depth == 0:
        return start
    return [make_tree(depth - 1, start * 2), make_tree(depth - 1, start * 2 + 1), depth]


def chain(*iterables):
    for it in iterables:
        yield from it


def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print("pipeline", pipeline(2200000))
    tree = make_tree(16, 1)
    flat = list(flatten(tree))
    print("flatten", len(flat), sum(flat))
    ch = chain(range(150000), (x * 2 for x in range(150000)), [1, 2, 3])
    print("chain", sum(ch))
    g = running_avg()
    next(g)
    last = 0
    for i in range(300000):
        last = g.send(i % 1000)
    print("send", last)
    genexp = sum(x * y for x, y in zip(range(450000), range(450000, 0, -1)) if (x * y) % 3)
    print("genexp", genexp)
    fibs = [f % 1000 for f in take(2000, fib_gen())]
    print("fib", sum(fibs), fibs[-1])
    best = max((i * 7919) % 10007 for i, _ in enumerate(take(200000, count_from(0))))
    print("max", best)


main()
