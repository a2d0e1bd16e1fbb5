import asyncio

async def main(x):
    print("in main", x)
    await asyncio.sleep(0)
    return x * 2

print(asyncio.run(main(21)))
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)

async def nested():
    inner = main(1)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(type(e).__name__, e)
    inner.close()

c = main(0)
asyncio.run(nested())
c.close()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c), asyncio.iscoroutine(1))
