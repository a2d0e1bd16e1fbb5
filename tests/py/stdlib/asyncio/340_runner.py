import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x

with asyncio.Runner() as runner:
    print(runner.run(value(1)))
    print(runner.run(value(2)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
c = value(3)
try:
    runner.run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()

async def leftover(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("leftover cleaned up")

async def main(log):
    asyncio.create_task(leftover(log))
    await asyncio.sleep(0)
    return "main returns"

log = []
print(asyncio.run(main(log)), log)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(value(4)))
asyncio.set_event_loop(None)
loop.close()
