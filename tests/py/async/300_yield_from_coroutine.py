# A types.coroutine generator may `yield from` a coroutine; a plain generator may not.
import types

async def native():
    return "native result"

@types.coroutine
def bridge():
    r = yield from native()
    return "bridge got " + r

async def main():
    return await bridge()

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

def plain_gen():
    yield from native()

try:
    next(plain_gen())
except TypeError as e:
    print(type(e).__name__, e)
