import asyncio
import threading
import time
import contextvars

var = contextvars.ContextVar("var", default="unset")

def blocking(x):
    time.sleep(0.01)
    return (x * 2, threading.current_thread() is not threading.main_thread(),
            var.get())

async def main():
    var.set("main value")
    print(await asyncio.to_thread(blocking, 21))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    res = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print([r[0] for r in res])
    def boom():
        raise KeyError("in thread")
    try:
        await asyncio.to_thread(boom)
    except KeyError as e:
        print(type(e).__name__, e)

asyncio.run(main())
