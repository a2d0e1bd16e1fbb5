import asyncio

async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)

async def zero(name, log):
    for i in range(3):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    log = []
    await asyncio.gather(worker("c", 0.15, log), worker("a", 0.05, log),
                         worker("b", 0.10, log))
    print(log)
    log = []
    await asyncio.gather(zero("x", log), zero("y", log))
    print(log)
    print(await asyncio.sleep(0.001, result="done"))

asyncio.run(main())
