import asyncio

log = []

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"ticker({n}) closed")

async def main():
    print([x async for x in ticker(3)])
    agen = ticker(10)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()
    print(log)
    leftover = ticker(5)
    print(await leftover.__anext__())
    main.leftover = leftover
    return "main done"

print(asyncio.run(main()))
print(log)
