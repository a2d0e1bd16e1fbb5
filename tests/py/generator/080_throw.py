def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
def fragile():
    yield 1
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
u = fragile()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(u))
