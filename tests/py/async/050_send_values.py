# Values sent into the outermost coroutine reach the innermost awaitable.
class Recv:
    def __await__(self):
        value = yield "need value"
        return value

async def inner():
    x = await Recv()
    y = await Recv()
    return x + y

async def outer():
    r = await inner()
    return r * 2

c = outer()
print(c.send(None))
print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print("result", e.value)
