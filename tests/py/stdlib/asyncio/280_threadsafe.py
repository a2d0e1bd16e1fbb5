import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b

def from_thread(loop, out):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(fut.result(timeout=5))
    loop.call_soon_threadsafe(out.append, "callback")

async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = threading.Thread(target=from_thread, args=(loop, out))
    t.start()
    while len(out) < 2:
        await asyncio.sleep(0.001)
    t.join()
    print(out)
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print(type(e).__name__, e)
    import concurrent.futures
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Thread(target=cf.set_result, args=("from cf",)).start()
    print(await wrapped)

asyncio.run(main())
