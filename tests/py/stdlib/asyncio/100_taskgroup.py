import asyncio

async def job(n, log):
    await asyncio.sleep(0.02 * n)
    if n == 2:
        raise ValueError("job 2 failed")
    if n == 3:
        raise KeyError("k")
    log.append(n)
    return n

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(n, log)) for n in (1, 0)]
    print(log, [t.result() for t in ts])
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(job(n, log)) for n in (1, 2, 10, 12)]
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
        print([repr(e) for e in eg.exceptions])
    print(log, [t.cancelled() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(2, log))
            tg.create_task(job(2, log))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
    tg = asyncio.TaskGroup()
    c = job(0, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, log))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg))

asyncio.run(main())
