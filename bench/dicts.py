# Dictionaries: insert/lookup/update/delete with int and str keys, iteration,
# .get/.items/.keys/.values/.pop/setdefault, dict comprehensions, `in`.


def int_keys(n):
    d = {}
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        d[x % 100003] = i
    hits = 0
    total = 0
    for k in range(100003):
        if k in d:
            hits += 1
            total += d[k]
    for k in range(0, 100003, 3):
        if k in d:
            del d[k]
    return hits, total % 1000000007, len(d)


def str_keys(n):
    d = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        d[key] = d.get(key, 0) + i
    for i in range(n):
        key = "k" + str((i * 7) % 6000)
        if key in d:
            d[key] += 1
        else:
            d[key] = 1
    s = 0
    for k, v in d.items():
        s = (s + v * len(k)) % 1000000007
    popped = 0
    for i in range(0, 6000, 2):
        popped += d.pop("k" + str(i), 0)
    return len(d), s, popped % 1000000007


def word_groups(n):
    groups = {}
    for i in range(n):
        word = "w" + str((i * 2654435761) % 997)
        groups.setdefault(len(word), []).append(word)
    return sorted((k, len(v)) for k, v in groups.items())


def comprehension(n):
    squares = {i: i * i for i in range(n)}
    inverted = {v: k for k, v in squares.items() if v % 3 == 1}
    total = sum(squares.values()) % 1000000007
    return len(inverted), total, sum(inverted.keys()) % 1000000007


def tuple_keys(n):
    grid = {}
    for i in range(n):
        for j in range(60):
            grid[(i, j)] = i ^ j
    s = 0
    for i in range(1, n - 1):
        for j in range(1, 59):
            s += grid[(i - 1, j)] + grid[(i + 1, j)] - grid[(i, j - 1)]
    return s


def main():
    print("int", int_keys(600000))
    print("str", str_keys(350000))
    print("groups", word_groups(300000))
    print("comp", comprehension(200000))
    print("tuple", tuple_keys(2500))


main()
