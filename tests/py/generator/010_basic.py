def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), type(count_up(1)).__name__)
def letters():
    yield "a"
    yield "b"
    yield "c"
for ch in letters():
    print(ch, end="")
print()
g = count_up(2)
print(iter(g) is g, next(g), next(g))
def empty():
    return
    yield
print(list(empty()))
