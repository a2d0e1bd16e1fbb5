import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(print)
    print(f)
    print(f.remove_done_callback(print))
    f.set_result([1, 2])
    print(f, f.done(), f.result())
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    g = loop.create_future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        g.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        g.set_exception(StopIteration)
    except TypeError as e:
        print(type(e).__name__, e)
    g.set_exception(ValueError("bad"))
    print(g, repr(g.exception()))
    h = loop.create_future()
    print(h.cancel("why"), h.cancel(), h.cancelled(), h)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print(repr(e))
    k = loop.create_future()
    loop.call_later(0.01, k.set_result, "later")
    print(await k)
    print(asyncio.isfuture(k), asyncio.isfuture(1), k.get_loop() is loop)
    seen = []
    m = loop.create_future()
    m.add_done_callback(lambda fut: seen.append(fut.result()))
    m.set_result(7)
    await asyncio.sleep(0)
    print(seen)

asyncio.run(main())
