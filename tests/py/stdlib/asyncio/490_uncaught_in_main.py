import asyncio

async def inner():
    await asyncio.sleep(0)
    raise LookupError("escaped from main")

async def main():
    print("main starts")
    await inner()

asyncio.run(main())
