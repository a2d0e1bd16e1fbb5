g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(max(len(s) for s in ["a", "abc"]), "-".join(str(i) for i in range(3)))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
