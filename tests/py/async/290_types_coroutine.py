# types.coroutine makes a generator function awaitable (generator-based coroutines).
import types

@types.coroutine
def sleep0():
    got = yield "sleep"
    return got

async def main():
    a = await sleep0()
    b = await sleep0()
    return a, b

c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)

print(sleep0.__name__, bool(sleep0.__code__.co_flags & 0x100))

def plain():
    yield "plain"

async def await_plain():
    await plain()

try:
    await_plain().send(None)
except TypeError as e:
    print(type(e).__name__, e)

try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
