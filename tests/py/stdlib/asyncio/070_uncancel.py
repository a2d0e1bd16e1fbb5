import asyncio

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed, cancelling =", asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
    return "survived"

async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print(t.uncancel())

asyncio.run(main())
