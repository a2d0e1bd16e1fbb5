# A task's next step waits in the loop's ready queue as a Handle whose
# callback is the task's __step: what _callback, _args and cancel() show.
import asyncio


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


def steps_of(loop, t):
    return [x for x in loop._ready if getattr(x._callback, '__self__', None) is t]


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work(2), name='w')
    h = loop._ready[-1]
    print(h._callback.__self__ is t, h._args, h.cancelled())
    print(h._callback == h._callback)
    await asyncio.sleep(0)
    # The task stepped once and is back in the queue for its second step.
    print(len(steps_of(loop, t)))
    print(await t, len(steps_of(loop, t)))
    # A cancelled step handle lets go of its callback.
    t2 = asyncio.create_task(work(1))
    h2 = loop._ready[-1]
    h2.cancel()
    print(h2.cancelled(), h2._callback, repr(h2))
    # Reassigning the callback of a step handle: the new one runs instead.
    t3 = asyncio.create_task(work(1))
    h3 = loop._ready[-1]
    ran = []
    h3._callback = lambda: ran.append('replaced')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(ran, t3.done(), len(steps_of(loop, t3)))
    # Neither will run: quiet their end.
    for x in (t2, t3):
        x._log_destroy_pending = False
        x.get_coro().close()


asyncio.run(main())
