import asyncio

async def val(n, fail=False):
    await asyncio.sleep(0.01 * n)
    if fail:
        raise ValueError(n)
    return n

async def main():
    ts = [asyncio.create_task(val(n)) for n in (30, 1, 20)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    ts = [asyncio.create_task(val(1, fail=True)), asyncio.create_task(val(20))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    ts = [asyncio.create_task(val(20))]
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print(len(done), len(pending))
    ts[0].cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait(ts, return_when="sometimes")
    except ValueError as e:
        print(type(e).__name__, e)
    c = val(0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
