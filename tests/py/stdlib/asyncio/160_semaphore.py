import asyncio

active = 0
peak = 0

async def job(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.002)
        active -= 1
    return n

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(job(sem, i) for i in range(6))))
    print("peak", peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked(), await s.acquire())

asyncio.run(main())
