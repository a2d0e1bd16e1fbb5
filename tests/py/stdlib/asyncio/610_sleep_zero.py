# asyncio.sleep(0) yields to the loop exactly once and returns its result;
# a task cancelled while in it gets CancelledError there; a coroutine can
# step it by hand (send, throw, close) as it can any awaitable.
import asyncio
import types

order = []


async def ticker(name, n):
    for i in range(n):
        order.append((name, i))
        r = await asyncio.sleep(0, result=i * 10)
        assert r == i * 10, r
    return name


async def victim():
    try:
        order.append('victim in')
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        order.append('victim not cancelled')
    except asyncio.CancelledError:
        order.append('victim cancelled')
        raise


async def main():
    got = await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 1))
    print(got)
    print(order)
    order.clear()
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    print(order)
    print(await asyncio.sleep(0), await asyncio.sleep(-1, 'neg'), await asyncio.sleep(0.0, result=[1]))
    # Many at once.
    res = await asyncio.gather(*[asyncio.sleep(0, i) for i in range(1000)])
    print(sum(res), len(res))


asyncio.run(main())


# By hand, outside a loop: the coroutine yields None once, then returns.
c = asyncio.sleep(0, 'done')
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)

c = asyncio.sleep(0)
print(c.send(None))
try:
    c.throw(ValueError('boom'))
except ValueError as e:
    print('ValueError', e)

c = asyncio.sleep(0)
c.send(None)
c.close()
print('closed')
c = asyncio.sleep(0)
try:
    c.send(5)
except TypeError as e:
    print('TypeError', e)
c.close()
