import asyncio

async def waiter(ev, name, log):
    log.append(f"{name} waiting")
    await ev.wait()
    log.append(f"{name} woke")

async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in "xy"]
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set(), "[unset]" in repr(ev))

asyncio.run(main())
