import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    request.set(name)
    await asyncio.sleep(0.001)
    return request.get()

async def main():
    print(await asyncio.gather(handler("a"), handler("b")))
    print(request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in ctx")
    t = asyncio.create_task(handler("c"), context=ctx)
    print(await t, ctx[request], request.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()), context=ctx)
    print(await fut)

asyncio.run(main())
