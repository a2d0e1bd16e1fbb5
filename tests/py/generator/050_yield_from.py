def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
print(list(outer()))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def relay():
    x = yield from echo_twice()
    yield ("final", x)
def echo_twice():
    a = yield "first"
    b = yield "second:" + str(a)
    return (a, b)
g = relay()
print(next(g), g.send("A"), g.send("B"))
