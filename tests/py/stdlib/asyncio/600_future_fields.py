# The fields of a Future and a Task that most futures never use (a second
# callback, an exception, a cancel message, the default name) kept apart
# from the common ones (session 15): each still reads back as CPython's.
import asyncio


def show_callbacks(fut):
    cbs = fut._callbacks
    print(None if cbs is None else [cb.__name__ for cb, ctx in cbs])


def cb_a(f): print("a", f.result() if not f.cancelled() else "cancelled")
def cb_b(f): print("b")
def cb_c(f): print("c")


async def callbacks():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show_callbacks(fut)
    fut.add_done_callback(cb_a)
    show_callbacks(fut)
    fut.add_done_callback(cb_b)
    fut.add_done_callback(cb_c)
    fut.add_done_callback(cb_b)
    show_callbacks(fut)
    print("removed", fut.remove_done_callback(cb_a))
    show_callbacks(fut)
    print("removed", fut.remove_done_callback(cb_b))
    show_callbacks(fut)
    fut.add_done_callback(cb_a)
    show_callbacks(fut)
    print("removed", fut.remove_done_callback(cb_c))
    print("removed", fut.remove_done_callback(cb_c))
    show_callbacks(fut)
    fut.set_result(5)
    show_callbacks(fut)
    await asyncio.sleep(0)
    # Re-running __init__ drops the callbacks.
    g = loop.create_future()
    g.add_done_callback(cb_b)
    g.add_done_callback(cb_c)
    g.__init__(loop=loop)
    show_callbacks(g)


def raiser():
    raise KeyError("k")


async def failing():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut._exception, fut._cancel_message)
    try:
        raiser()
    except KeyError as e:
        fut.set_exception(e)
    print(repr(fut.exception()), repr(fut._exception))
    for _ in range(2):
        try:
            fut.result()
        except KeyError as e:
            tb = e.__traceback__
            names = []
            while tb:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print("raised", repr(e), names)
    fut2 = loop.create_future()
    fut2.set_exception(ValueError)
    print(repr(fut2.exception()))


async def sleeper():
    await asyncio.sleep(10)


async def cancelling():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut._cancel_message = "set directly"
    print(fut._cancel_message)
    fut._cancel_message = None
    print(fut.cancel(msg="why"), fut._cancel_message, fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancelling(), t.cancel("stop"), t.cancelling(), t.cancel(), t.cancelling())
    print(t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled", e.args)
    print(t.cancelled(), t._cancel_message if hasattr(t, "_cancel_message") else "-")
    t2 = asyncio.create_task(sleeper())
    print(t2.cancel(), t2._cancel_message)
    try:
        await t2
    except asyncio.CancelledError as e:
        print("task cancelled", e.args)


async def names():
    # Default names take their numbers when the tasks are made.
    ts = [asyncio.create_task(asyncio.sleep(0)) for _ in range(4)]
    nums = [int(t.get_name().split("-")[1]) for t in reversed(ts)]
    print([n - nums[-1] for n in nums])
    print(ts[0].get_name() is ts[0].get_name())
    ts[1].set_name(12)
    print(ts[1].get_name(), type(ts[1].get_name()).__name__)
    t = asyncio.create_task(asyncio.sleep(0), name="given")
    print(t.get_name(), repr(t).startswith("<Task pending name='given'"))
    u = asyncio.create_task(asyncio.sleep(0))
    print(repr(u).startswith("<Task pending name='Task-%d'" % (nums[0] + 2)))
    await asyncio.gather(*ts, t, u)
    print(ts[2].get_name() == "Task-%d" % (nums[-1] + 2))


async def main():
    await callbacks()
    await failing()
    await cancelling()
    await names()


asyncio.run(main())
