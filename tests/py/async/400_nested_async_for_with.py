# async for inside async with inside async for, with awaits everywhere.
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n

class Tick:
    def __await__(self):
        yield

async def rows(n):
    for i in range(n):
        await Tick()
        yield i

class Txn:
    def __init__(self, log, i):
        self.log, self.i = log, i
    async def __aenter__(self):
        await Tick()
        self.log.append(f"begin{self.i}")
        return self
    async def __aexit__(self, *exc):
        self.log.append(f"commit{self.i}")

async def main():
    log = []
    async for i in rows(2):
        async with Txn(log, i):
            async for j in rows(2):
                log.append((i, j))
    return log

print(run(main()))
