def gen():
    yield 1
    return 42
def driver():
    result = yield from gen()
    yield result * 2
print(list(driver()))
def only_return():
    return "nothing yielded"
    yield
try:
    next(only_return())
except StopIteration as e:
    print(e.value)
def none_return():
    yield 1
g = none_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
