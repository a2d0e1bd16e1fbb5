import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], repr(context.get("exception")))

async def bad():
    raise ValueError("never retrieved")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    del t
    gc.collect()
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
