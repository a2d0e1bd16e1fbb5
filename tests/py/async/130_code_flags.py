# co_flags of coroutines, async generators, async comprehensions (CPython's values).
async def coro():
    pass

async def agen():
    yield

def gen():
    yield

async def outer():
    return [x async for x in y], (x async for x in y), [await x for x in y]

print(hex(coro.__code__.co_flags), hex(agen.__code__.co_flags), hex(gen.__code__.co_flags))
for c in outer.__code__.co_consts:
    if hasattr(c, "co_flags"):
        print(c.co_name, hex(c.co_flags))
print(bool(coro.__code__.co_flags & 0x80), bool(agen.__code__.co_flags & 0x200))
print(bool(gen.__code__.co_flags & 0x20), bool(agen.__code__.co_flags & 0x20))
