import asyncio
import gc
import logging

class PrintHandler(logging.Handler):
    def emit(self, record):
        lines = record.getMessage().splitlines()
        exc = record.exc_info[0].__name__ if record.exc_info else None
        print(record.name, record.levelname, lines[0], exc)
        for line in lines[1:]:
            print("   ", line.split(" at ")[0])

logger = logging.getLogger("asyncio")
logger.addHandler(PrintHandler())
logger.propagate = False

async def fails():
    raise RuntimeError("lost")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fails(), name="lonely")
    await asyncio.sleep(0)
    print(t.done())
    del t
    gc.collect()
    await asyncio.sleep(0)
    loop.call_soon(int, "x")
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "plain", "extra": 42})
    loop.call_exception_handler({"other": "thing"})
    loop.default_exception_handler({"message": "direct"})

asyncio.run(main())
