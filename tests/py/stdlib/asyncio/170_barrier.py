import asyncio

async def party(barrier, name, log):
    log.append(f"{name} arrives")
    idx = await barrier.wait()
    log.append(f"{name} passes")
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    idx = await asyncio.gather(*(party(barrier, n, log) for n in "abc"))
    print(sorted(idx))
    print(log[:3], sorted(log[3:]))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, b2.broken)

asyncio.run(main())
