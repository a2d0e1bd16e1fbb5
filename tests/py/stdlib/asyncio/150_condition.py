import asyncio

async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))

async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    ts = [asyncio.create_task(consumer(cond, items, n, log)) for n in "ab"]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify_all()
    await asyncio.gather(*ts)
    print(sorted(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with cond:
        t = asyncio.create_task(consumer(cond, items, "c", log))
        items.append(3)
        cond.notify(1)
    await t
    print(log[-1])

asyncio.run(main())
