import asyncio

def main():
    loop = asyncio.new_event_loop()
    log = []
    loop.call_later(0.02, log.append, "later 0.02")
    loop.call_at(loop.time() + 0.01, log.append, "at 0.01")
    loop.call_soon(log.append, "soon 1")
    h = loop.call_soon(log.append, "cancelled")
    loop.call_soon(log.append, "soon 2")
    h.cancel()
    print(h.cancelled())
    loop.call_later(0.03, loop.stop)
    print(loop.is_running(), loop.is_closed())
    loop.run_forever()
    print(log)
    t = loop.call_later(10, print)
    print(isinstance(t, asyncio.TimerHandle), t.when() > loop.time())
    t.cancel()

    async def coro():
        return asyncio.get_running_loop() is loop
    print(loop.run_until_complete(coro()))
    try:
        loop.call_soon(coro)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        loop.call_soon(1)
    except TypeError as e:
        print(type(e).__name__, e)
    loop.close()
    print(loop.is_closed())
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c = coro()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print(type(e).__name__, e)

main()
