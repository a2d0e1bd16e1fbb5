# The native fast paths (Queue.get/put, a task's call_soon, the registry of
# current tasks) notice a class changed after they were first used.
import asyncio
import asyncio.tasks


async def pingpong(q, n):
    for i in range(n):
        await q.put(i)
        await q.get()


class Loop(asyncio.SelectorEventLoop):
    hashed = 0

    def __hash__(self):
        Loop.hashed += 1
        return 12345


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    await pingpong(q, 3)
    calls = []
    orig_put = asyncio.Queue._put
    asyncio.Queue._put = lambda self, item: (calls.append(item), orig_put(self, item))
    await pingpong(q, 3)
    del asyncio.Queue._put
    asyncio.Queue._put = orig_put
    await pingpong(q, 2)
    print("patched _put saw", calls)

    class Ev(asyncio.Event):
        def clear(self):
            print("clear called")
            super().clear()
    q2 = asyncio.Queue()
    q2._finished = Ev()
    q2.put_nowait(1)
    print(q2.get_nowait(), q2._finished.is_set())

    soon = []
    orig_soon = type(loop).call_soon
    def call_soon(self, cb, *args, context=None):
        soon.append(getattr(cb, "__name__", "?"))
        return orig_soon(self, cb, *args, context=context)
    type(loop).call_soon = call_soon
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    type(loop).call_soon = orig_soon
    print("call_soon saw", "task_wakeup" in soon, len(soon) >= 3)
    print(asyncio.tasks._current_tasks.get(loop) is asyncio.current_task())


asyncio.run(main())

loop = Loop()
async def in_loop():
    t = asyncio.current_task()
    print(asyncio.tasks._current_tasks[loop] is t, t.get_name())
    await asyncio.sleep(0)
    print(asyncio.current_task() is t)
    return Loop.hashed > 0
print(loop.run_until_complete(in_loop()))
print(loop in asyncio.tasks._current_tasks)
loop.close()
