# coro.__await__() returns a wrapper iterator with send/throw/close.
async def f():
    x = await Box()
    return x + 1

class Box:
    def __await__(self):
        v = yield "box"
        return v

w = f().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send(41)
except StopIteration as e:
    print("result", e.value)

w2 = f().__await__()
next(w2)
try:
    w2.throw(ValueError("into wrapper"))
except ValueError as e:
    print(type(e).__name__, e)

w3 = f().__await__()
next(w3)
w3.close()
print("closed")

class Delegating:
    def __await__(self):
        return f().__await__()

async def g():
    return await Delegating()

c = g()
print(c.send(None))
try:
    c.send(1)
except StopIteration as e:
    print(e.value)
