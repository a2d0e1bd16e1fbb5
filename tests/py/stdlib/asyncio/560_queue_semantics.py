# asyncio.Queue: maxsize, full/empty, put_nowait/get_nowait errors,
# task_done/join, waiters woken in order, and a cancelled getter.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    order = []

    async def producer(i):
        await q.put(i)
        order.append(("put", i))

    ps = [asyncio.create_task(producer(i)) for i in (10, 11, 12)]
    await asyncio.sleep(0)
    order.append(("got", await q.get()))
    order.append(("got", q.get_nowait()))
    await asyncio.sleep(0)
    while not q.empty():
        order.append(("got", await q.get()))
    await asyncio.gather(*ps)
    print(order)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() for g in getters[:1]],
          [g.result() for g in getters[1:] if g.done()])

    jq = asyncio.Queue()
    for i in range(4):
        jq.put_nowait(i)
    done = []

    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0)
            done.append(item)
            jq.task_done()

    ws = [asyncio.create_task(worker()) for _ in range(2)]
    await jq.join()
    print(sorted(done), jq.qsize())
    try:
        jq.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
