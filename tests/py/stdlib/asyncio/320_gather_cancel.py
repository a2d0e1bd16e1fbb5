import asyncio

async def long(log, name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    g = asyncio.gather(long(log, "a"), long(log, "b"))
    await asyncio.sleep(0)
    print(g.cancel("all of it"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    print(sorted(log))
    async def short():
        await asyncio.sleep(0)
        return 1
    t = asyncio.create_task(long(log, "c"))
    g = asyncio.gather(t, short())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("child cancelled ->", type(e).__name__)
    g = asyncio.gather(asyncio.create_task(long(log, "d")), short(), return_exceptions=True)
    await asyncio.sleep(0.001)
    list(g._children)[0].cancel()
    print([type(r).__name__ for r in await g])

asyncio.run(main())
