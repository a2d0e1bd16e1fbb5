# An async generator expression is an async generator; so is a genexp with await.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__)
    out = [v async for v in ge]
    ge2 = (await double(x) for x in range(3))
    print(type(ge2).__name__)
    out2 = [v async for v in ge2]
    return out, out2

print(run(main()))

def sync_maker():
    return (x async for x in agen(2))

g = sync_maker()
print(type(g).__name__, g.ag_code.co_name)
print(run(g.__anext__()))
