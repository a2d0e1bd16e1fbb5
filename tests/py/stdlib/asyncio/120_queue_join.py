import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        log.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for i in range(10):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    await q.join()
    print(sorted(log))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("get cancelled", q.empty())

asyncio.run(main())
