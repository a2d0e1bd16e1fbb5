# Exceptions from callbacks reach the loop's exception handler (with the
# handle), and the loop keeps running the other callbacks; the context a
# callback was scheduled with is the one it runs in.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
log = []

def handler(loop, context):
    log.append((context["message"].split(" at ")[0][:40],
                type(context["exception"]).__name__,
                type(context["handle"]).__name__))

def bad(x):
    raise ValueError(x)

def good(x):
    log.append(("good", x, var.get()))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad, 1)
    loop.call_soon(good, 2)
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(good, 3, context=ctx)
    var.set("main's")
    loop.call_soon(good, 4)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(("done cb", f.result(), var.get())))
    fut.add_done_callback(lambda f: bad("from done callback"))
    fut.set_result(5)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for item in log:
        print(item)
    print(var.get(), ctx[var])

    async def child():
        var.set("child's")
        await asyncio.sleep(0)
        return var.get()

    print(await asyncio.create_task(child()), var.get())
    other = contextvars.Context()
    t = asyncio.create_task(child(), context=other)
    print(await t, other[var], var.get())

asyncio.run(main())
