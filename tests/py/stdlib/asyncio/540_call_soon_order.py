# Callback order on the ready queue: call_soon from callbacks runs on the
# next turn, after what was already queued; cancelled handles are skipped;
# tasks woken by futures run in the order the futures finished.
import asyncio

order = []

def cb(name, loop, depth):
    order.append(name)
    if depth:
        loop.call_soon(cb, name + "+", loop, depth - 1)

async def waiter(name, fut):
    order.append(("wait", name, await fut))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a", loop, 2)
    h = loop.call_soon(cb, "cancelled", loop, 0)
    loop.call_soon(cb, "b", loop, 1)
    h.cancel()
    print(h.cancelled(), repr(h)[:25])
    await asyncio.sleep(0)
    order.append("main after one turn")
    futs = [loop.create_future() for _ in range(3)]
    ts = [asyncio.create_task(waiter(i, f)) for i, f in enumerate(futs)]
    await asyncio.sleep(0)
    futs[2].set_result("two")
    futs[0].set_result("zero")
    futs[1].set_result("one")
    await asyncio.gather(*ts)
    for _ in range(3):
        await asyncio.sleep(0)
    print(order)
    handle = loop.call_soon(print, "handle ran")
    print(type(handle).__name__, handle.cancelled())
    await asyncio.sleep(0)

asyncio.run(main())
