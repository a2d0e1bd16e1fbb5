# asynccontextmanager, aclosing and AsyncExitStack driven by a hand-written loop.
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, nullcontext, AbstractAsyncContextManager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

@asynccontextmanager
async def resource(name, log):
    await Tick()
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError:
        log.append(f"{name} swallowed KeyError")
    finally:
        await Tick()
        log.append(f"close {name}")

async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers closed")

async def main():
    log = []
    async with resource("a", log) as a:
        log.append(f"body {a}")
    async with resource("b", log):
        raise KeyError("k")
    try:
        async with resource("c", log):
            raise ValueError("v")
    except ValueError as e:
        log.append(f"propagated {e}")
    async with aclosing(numbers()) as g:
        async for x in g:
            log.append(x)
            break
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("d", log))
        y = await stack.enter_async_context(resource("e", log))
        stack.callback(log.append, "sync callback")
        async def acb(v):
            log.append(v)
        stack.push_async_callback(acb, "async callback")
        log.append((x, y))
    async with nullcontext(5) as five:
        log.append(five)
    return log

for line in run(main()):
    print(line)
print(issubclass(type(resource("z", [])), AbstractAsyncContextManager))

@resource("deco", [])
async def decorated(v):
    return v * 2

print(run(decorated(21)))
