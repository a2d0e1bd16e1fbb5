# Future and Task as CPython's _asyncio gives them: type names, states,
# errors, callbacks and the await protocol driven by hand.
import asyncio

print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Task.__mro__)


def cb(name):
    def f(fut):
        print('callback', name, fut.done(), fut.cancelled())
    return f


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.get_loop() is loop, fut._state)
    for meth in (fut.result, fut.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    a, b = cb('a'), cb('b')
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print(len(fut._callbacks), fut.remove_done_callback(a), len(fut._callbacks))
    it = fut.__await__()
    print(type(it).__name__, next(it) is fut, fut._asyncio_future_blocking)
    fut.set_result([1, 2])
    print(fut)
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration', e.value)
    try:
        fut.set_result(3)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    await asyncio.sleep(0)

    f2 = loop.create_future()
    for bad in (StopIteration(), 42):
        try:
            f2.set_exception(bad)
        except TypeError as e:
            print('TypeError', e)
    f2.set_exception(ValueError)
    print(f2, type(f2.exception()).__name__)
    try:
        f2.result()
    except ValueError as e:
        print('raised', repr(e))

    f3 = loop.create_future()
    print(f3.cancel('why'), f3.cancel(), f3.cancelled(), f3)
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        fut._log_traceback = True
    except ValueError as e:
        print('ValueError', e)

    async def work():
        await asyncio.sleep(0)
        return 'done'

    t = asyncio.create_task(work(), name='w')
    print(t.get_name(), t.cancelling(), t.done())
    for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print('RuntimeError', e)
    print(await t, t.result(), t._state, t.done())
    t2 = asyncio.create_task(work())
    print(t2.cancel('stop'), t2.cancelling(), t2.uncancel(), t2.cancelling())
    print(t2.cancel(), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print('CancelledError', e.args, t2.cancelled())
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
