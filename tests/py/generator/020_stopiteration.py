def two():
    yield 1
    yield 2
g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
print(next(g, "default"))
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
