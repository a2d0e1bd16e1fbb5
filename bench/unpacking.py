# Unpacking: tuple and list unpacking in hot loops. Swaps (`a, b = b, a`),
# parallel assignment in Fibonacci and gcd loops, `for k, v in pairs`,
# nested targets (`for i, (x, y) in enumerate(...)`), functions returning
# several values, starred targets (`first, *rest = ...`, `*init, last`),
# element swaps inside a list, and rotations of three names.


def fib_pairs(n):
    total = 0
    for _ in range(n):
        a, b = 0, 1
        for _ in range(60):
            a, b = b, a + b
        total += a & 0xFFFF
    return total


def gcd_sum(n):
    total = 0
    for i in range(1, n):
        a, b = i * 7919, i + 104729
        while b:
            a, b = b, a % b
        total += a
    return total


def rotate(n):
    x, y, z = 1, 2, 3
    acc = 0
    for i in range(n):
        x, y, z = y, z, x
        acc += x * 3 + y * 2 + z
        x, y = y, x
    return acc, x, y, z


def divmod_walk(n):
    # several values returned by a function and unpacked at the call site
    def split(v):
        return v // 10, v % 10, v & 1

    total = 0
    for i in range(n):
        q, r, odd = split(i * 37)
        total += q - r if odd else q + r
    return total


def pairs_loop(n):
    pairs = [(i, i * i % 97) for i in range(200)]
    d = dict(pairs)
    total = 0
    for _ in range(n):
        for k, v in pairs:
            total += k ^ v
        for k, v in d.items():
            total -= v
    return total


def nested_targets(n):
    points = [(i % 13, (i * 7) % 17) for i in range(300)]
    total = 0
    for _ in range(n):
        for i, (x, y) in enumerate(points):
            total += i * x - y
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            total += x1 * y2 - x2 * y1
    return total


def starred(n):
    data = list(range(12))
    total = 0
    for i in range(n):
        first, *rest = data
        *init, last = data
        a, b, *middle, y, z = data
        total += first + len(rest) + last + len(init) + a + b + len(middle) + y + z
        head, *tail = rest
        total += head + tail[-1]
        data[0], data[-1] = data[-1], data[0]
    return total


def bubble_sort(n):
    # list element swaps through tuple assignment
    seed = 12345
    values = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(seed % 1000)
    swaps = 0
    for end in range(len(values) - 1, 0, -1):
        for i in range(end):
            if values[i] > values[i + 1]:
                values[i], values[i + 1] = values[i + 1], values[i]
                swaps += 1
    return swaps, values[0], values[-1]


def list_targets(n):
    total = 0
    for i in range(n):
        [a, b, c] = [i, i + 1, i + 2]
        (d, e), f = (c, b), a
        total += a + b * c - d * e + f
    return total


def main():
    print("fib", fib_pairs(24000))
    print("gcd", gcd_sum(200000))
    print("rotate", rotate(1200000))
    print("divmod", divmod_walk(600000))
    print("pairs", pairs_loop(3000))
    print("nested", nested_targets(1200))
    print("starred", starred(240000))
    print("bubble", bubble_sort(1000))
    print("list targets", list_targets(800000))


main()
