import asyncio, gc
async def forever():
    await asyncio.Event().wait()
async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    del t
    gc.collect()
    await asyncio.sleep(0)
    print("main end")
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda l, c: print("handler:", c["message"]))
loop.run_until_complete(main())
loop.close()
print("end")
