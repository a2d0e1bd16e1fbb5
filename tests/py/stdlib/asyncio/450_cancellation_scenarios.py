import asyncio

async def sleeper(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise

async def tg_cancelled_from_outside(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("a", 1, log))
        tg.create_task(sleeper("b", 1, log))

async def nested_timeouts(log):
    try:
        async with asyncio.timeout(0.3):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                log.append("inner timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("outer timeout")

async def main():
    log = []
    t = asyncio.create_task(tg_cancelled_from_outside(log))
    await asyncio.sleep(0.01)
    t.cancel("external")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"tg task cancelled {e.args}")
    print(sorted(log)); log.clear()
    await nested_timeouts(log)
    print(log); log.clear()
    inner = asyncio.create_task(sleeper("shielded", 0.15, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        log.append("wait_for timed out")
    print(await inner, log); log.clear()
    outer = asyncio.create_task(asyncio.wait_for(sleeper("wf", 1, log), 5))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print(log); log.clear()
    async def raiser():
        await asyncio.sleep(0)
        raise ValueError("x")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raiser())
            await asyncio.sleep(1)
    except* ValueError as eg:
        print("body cancelled by child error", repr(eg))
    print(asyncio.current_task().cancelling())
    async def cancel_self():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    try:
        await asyncio.create_task(cancel_self())
    except asyncio.CancelledError:
        print("self-cancel ok")
    r = await asyncio.gather(sleeper("g1", 0, log), asyncio.sleep(0, "sv"))
    print(r)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.cancel, "fut msg")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("fut", e.args)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                await asyncio.sleep(0.001)
                print("cleanup ran")
    except TimeoutError:
        print("timeout after cleanup")

asyncio.run(main())
