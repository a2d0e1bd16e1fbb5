# Async list/set/dict comprehensions, with await in the element and filters.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    a = [x async for x in agen(5)]
    b = {x % 3 async for x in agen(7)}
    c = {x: await double(x) async for x in agen(3)}
    d = [await double(x) for x in range(4)]
    e = [x async for x in agen(10) if x % 2 if x > 2]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [[y async for y in agen(x)] for x in range(3)]
    return a, sorted(b), c, d, e, f, g

for part in run(main()):
    print(part)
