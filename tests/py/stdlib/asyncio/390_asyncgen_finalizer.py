import asyncio
import gc

log = []

async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        await asyncio.sleep(0)
        log.append("numbers finalised")

async def main():
    async for n in numbers():
        if n == 2:
            break
    gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)
    print(log)

asyncio.run(main())
print(log)
