# async for with a class-based async iterator; else clause; break.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(10):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x)
    else:
        out.append("not reached")
    return out

print(run(main()))
