# An async generator holding an async context manager across yields.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Conn:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, typ, val, tb):
        print("close", typ.__name__ if typ else None)
        return typ is KeyError

async def stream():
    async with Conn():
        yield 1
        yield 2
        raise KeyError("swallowed")
    yield "after with"

async def main():
    return [x async for x in stream()]

print(run(main()))
