import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(5)
    except TimeoutError as e:
        print("timed out", cm.expired(), repr(cm), repr(e.__cause__))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(loop.time() + 0.01)
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("not reached")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("outer got TimeoutError")
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at in the past")
    t = asyncio.timeout(None)
    print(t)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(outer())
