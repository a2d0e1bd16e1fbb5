import asyncio

async def important(log):
    await asyncio.sleep(0.02)
    log.append("important finished")
    return "value"

async def main():
    log = []
    inner = asyncio.create_task(important(log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner, log)
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("not raised")
    print("done")

asyncio.run(main())
