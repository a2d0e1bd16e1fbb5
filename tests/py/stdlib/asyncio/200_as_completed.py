import asyncio

async def val(n):
    await asyncio.sleep(0.05 * n)
    return n

async def main():
    out = []
    for fut in asyncio.as_completed([val(3), val(1), val(2)]):
        out.append(await fut)
    print(out)
    try:
        for fut in asyncio.as_completed([val(50)], timeout=0.01):
            await fut
    except TimeoutError as e:
        print(type(e).__name__)

asyncio.run(main())
