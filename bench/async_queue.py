# asyncio tasks passing messages through queues: a pipeline of stages
# (each a task reading one asyncio.Queue and writing the next), fan-out to
# worker tasks sharing a queue, request/reply pairs over futures, and many
# short tasks gathered at once. Measures task creation and switching,
# Future wake-ups and the event loop's ready queue.

import asyncio


async def stage(inq, outq, k):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            return
        await outq.put(item * k % 1000003)


async def pipeline(n_stages, n_items):
    queues = [asyncio.Queue(maxsize=16) for _ in range(n_stages + 1)]
    tasks = [asyncio.create_task(stage(queues[i], queues[i + 1], i + 2))
             for i in range(n_stages)]
    total = 0

    async def feed():
        for i in range(n_items):
            await queues[0].put(i)
        await queues[0].put(None)

    feeder = asyncio.create_task(feed())
    while True:
        item = await queues[-1].get()
        if item is None:
            break
        total = (total + item) % 1000003
    await feeder
    await asyncio.gather(*tasks)
    return total


async def workers(n_workers, n_jobs):
    jobs = asyncio.Queue()
    results = asyncio.Queue()

    async def worker(wid):
        done = 0
        while True:
            job = await jobs.get()
            if job is None:
                jobs.task_done()
                return done
            await asyncio.sleep(0)
            await results.put(job * job % 9973)
            done += 1
            jobs.task_done()

    ws = [asyncio.create_task(worker(i)) for i in range(n_workers)]
    for j in range(n_jobs):
        jobs.put_nowait(j)
    for _ in range(n_workers):
        jobs.put_nowait(None)
    await jobs.join()
    counts = await asyncio.gather(*ws)
    s = 0
    while not results.empty():
        s += results.get_nowait()
    return sum(counts), s


async def request_reply(n):
    loop = asyncio.get_running_loop()
    requests = asyncio.Queue()

    async def server():
        while True:
            msg, fut = await requests.get()
            if msg is None:
                return
            fut.set_result(msg + 1)

    srv = asyncio.create_task(server())
    total = 0
    for i in range(n):
        fut = loop.create_future()
        await requests.put((i, fut))
        total += await fut
    await requests.put((None, None))
    await srv
    return total


async def many_short(n):
    async def leaf(i):
        await asyncio.sleep(0)
        return i % 7

    res = await asyncio.gather(*[leaf(i) for i in range(n)])
    return sum(res)


async def main():
    print("pipeline", await pipeline(10, 15000))
    print("workers", await workers(50, 80000))
    print("request/reply", await request_reply(80000))
    print("many short", await many_short(60000))


asyncio.run(main())
