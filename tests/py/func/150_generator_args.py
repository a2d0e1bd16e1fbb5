print(sum(x * x for x in range(5)), max((len(w), w) for w in ["a", "abc", "ab"]))
print(sorted((x for x in [3, 1, 2]), reverse=True), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
def consume(it, n):
    return [next(it) for _ in range(n)]
print(consume(iter(range(10)), 3), consume((c for c in "xyz"), 2))
