import asyncio

async def critical(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.001)
        log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(lock, n, log) for n in "abc"))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked(), "[locked]" in repr(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled")
    lock.release()
    print(lock.locked())

asyncio.run(main())
