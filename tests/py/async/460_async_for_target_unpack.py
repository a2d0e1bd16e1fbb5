# async for with unpacking targets, attributes and subscripts as targets.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def pairs():
    for i in range(3):
        yield i, str(i)

class Holder:
    pass

async def main():
    h = Holder()
    d = {}
    out = []
    async for n, s in pairs():
        out.append(n)
        out.append(s)
    async for h.last in pairs():
        pass
    async for d["k"] in pairs():
        pass
    async for first, *rest in pairs():
        out.append((first, rest))
    return out, h.last, d

print(run(main()))
