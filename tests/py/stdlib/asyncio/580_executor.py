# loop.run_in_executor with an explicit ThreadPoolExecutor, the loop's
# default executor, exceptions from the worker and shutdown_default_executor.
import asyncio
import concurrent.futures
import threading


def work(x):
    return x * x, threading.current_thread() is not threading.main_thread()


def fail(msg):
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
        print(await loop.run_in_executor(ex, work, 7))
        futs = [loop.run_in_executor(ex, work, i) for i in range(6)]
        print(type(futs[0]).__name__, isinstance(futs[0], asyncio.Future))
        print([r[0] for r in await asyncio.gather(*futs)])
        try:
            await loop.run_in_executor(ex, fail, "from the pool")
        except ValueError as e:
            print(type(e).__name__, e)
        name = await loop.run_in_executor(ex, lambda: threading.current_thread().name)
        print(name.startswith("pool_"))
    try:
        loop.run_in_executor(ex, work, 1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1))
    print(await loop.run_in_executor(None, work, 3))
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    loop.call_soon(cf.set_result, "wrapped")
    print(await wrapped)
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print(type(e).__name__, e)
    await loop.shutdown_default_executor()
    print("done")


asyncio.run(main())
