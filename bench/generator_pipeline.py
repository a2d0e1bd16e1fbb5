# Generator pipelines: chains of generator functions and generator
# expressions, each stage pulling from the one before: a number source,
# map/filter stages, windowing into pairs and chunks, `yield from` over
# nested generators and a recursive tree walk, interleaving (round-robin)
# of several generators, and `sum`/`max`/`any` consuming the pipeline.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def scaled(source, k):
    for x in source:
        yield x * k % 1000003


def pairs(source):
    it = iter(source)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


def take(source, n):
    for i, x in enumerate(source):
        if i >= n:
            return
        yield x


def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield label
    yield from tree(depth - 1, label * 2 + 1)


def round_robin(*gens):
    active = list(gens)
    while active:
        still = []
        for g in active:
            try:
                yield next(g)
            except StopIteration:
                continue
            still.append(g)
        active = still


def counted(source, counter):
    for x in source:
        counter[0] += 1
        yield x


def main():
    n = 400000
    a = sum(scaled(only_odd(squares(numbers(n))), 7))
    b = sum(x - y for x, y in pairs(numbers(n)))
    c = sum(len(ch) * ch[0] for ch in chunks(numbers(n), 7))
    d = sum(flatten(chunks(squares(numbers(n)), 13)))
    e = sum(take((x for x in numbers(10 ** 9) if x % 3 == 0), n // 2))
    f = sum(tree(17, 1))
    g = max(round_robin(numbers(n // 3), squares(numbers(n // 4)), (x * 5 for x in range(n // 5))))
    counter = [0]
    h = any(x > n * 2 for x in counted(numbers(n), counter))
    k = sum(x for x in (y * 2 for y in (z + 1 for z in numbers(n))) if x % 5)
    total = 0
    for i in range(100):
        total += sum(squares(take(only_odd(numbers(10 ** 6)), 2000 + i)))
    print("map-filter", a)
    print("pairs", b, "chunks", c, "flatten", d)
    print("take", e, "tree", f, "round robin", g)
    print("any", h, counter[0], "nested genexp", k)
    print("repeated", total)


main()
