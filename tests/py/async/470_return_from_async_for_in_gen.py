# return from inside async for/async with unwinds correctly (iterator popped, __aexit__ awaited).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        for i in range(100):
            yield i
    finally:
        print("agen not finalized here")

class M:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        print("aexit", a[0])

async def find(target):
    ag = agen()
    async with M():
        async for x in ag:
            if x == target:
                await ag.aclose()
                return x * 2
    return None

print(run(find(3)))
