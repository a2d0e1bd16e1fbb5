import asyncio

async def step(i, q):
    await asyncio.sleep(0)
    await q.put(i)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(*(step(i, q) for i in range(500)))
    total = 0
    while not q.empty():
        total += q.get_nowait()
    print(total)
    sem = asyncio.Semaphore(10)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print(sum(await asyncio.gather(*(limited(i) for i in range(300)))))

asyncio.run(main())
