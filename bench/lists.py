# Lists: append, pop, index, insert, comprehensions, slicing, reverse,
# in-operator, nested lists (matrix multiply), extend, sum/min/max.


def build(n):
    xs = []
    for i in range(n):
        xs.append((i * 37) % 1009)
    return xs


def comprehensions(xs):
    evens = [x for x in xs if x % 2 == 0]
    doubled = [x * 2 for x in evens]
    pairs = [(a, b) for a in range(60) for b in range(60) if (a + b) % 7 == 0]
    nested = [[i * j for j in range(30)] for i in range(30)]
    return len(evens), sum(doubled), len(pairs), sum(sum(r) for r in nested)


def slicing(xs, rounds):
    total = 0
    for r in range(rounds):
        a = xs[r % 100: r % 100 + 500]
        b = a[::-1]
        c = a[::3]
        total += a[0] + b[0] + len(c) + c[-1]
        a[10:20] = [r] * 5
        total += len(a)
        del a[:3]
        total += a[0]
    return total


def stack_queue(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 2:
            total += stack.pop()
            total += stack.pop()
    q = list(range(2000))
    while len(q) > 1:
        q.append(q.pop(0) + q.pop(0))
    return total, q[0]


def search(xs, n):
    total = 0
    small = xs[:300]
    for i in range(n):
        v = (i * 13) % 1009
        if v in small:
            total += small.index(v)
        total += small.count(v % 50)
    return total


def matmul(n):
    a = [[(i * j + 1) % 17 for j in range(n)] for i in range(n)]
    b = [[(i + j * 3) % 13 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    return sum(sum(row) for row in c)


def misc(xs):
    ys = list(xs)
    ys.reverse()
    ys.extend(xs[:1000])
    ys.insert(0, -1)
    ys.insert(len(ys) // 2, -2)
    ys.remove(-2)
    return min(ys), max(ys), sum(ys), len(ys), ys[:5]


def main():
    xs = build(300000)
    print("comp", comprehensions(xs))
    print("slice", slicing(xs, 80000))
    print("stack", stack_queue(600000))
    print("search", search(xs, 30000))
    print("matmul", matmul(110))
    print("misc", misc(xs))


main()
