import asyncio

async def slow(d):
    await asyncio.sleep(d)
    return d

async def main():
    print(await asyncio.wait_for(slow(0.01), 1))
    try:
        await asyncio.wait_for(slow(5), 0.02)
    except TimeoutError as e:
        print(type(e).__name__, repr(e.__cause__))
    try:
        await asyncio.wait_for(slow(5), 0)
    except asyncio.TimeoutError as e:
        print("zero", type(e).__name__)
    print(await asyncio.wait_for(slow(0), None))
    print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow(5))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())

asyncio.run(main())
