import asyncio

async def child(n):
    await asyncio.sleep(0.01)
    return n + 1

async def main():
    t = asyncio.create_task(child(1), name="worker")
    print(t.get_name(), t.done(), t.cancelled())
    t.set_name("renamed")
    print(t.get_name())
    print(await t, t.done(), t.result())
    print(t.get_coro().__qualname__)
    u = asyncio.ensure_future(child(5))
    print(u.get_name().startswith("Task-"))
    print(await u)
    print(asyncio.current_task().get_name() == "Task-1" or True)
    print(asyncio.current_task() in asyncio.all_tasks())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Task(1)
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(t).startswith("<Task finished name='renamed' coro=<child() done"))
    print(repr(t).endswith("result=2>"))

asyncio.run(main())
