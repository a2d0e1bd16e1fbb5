# return, break and continue inside async with still await __aexit__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

class M:
    def __init__(self, i):
        self.i = i
    async def __aenter__(self):
        return self.i
    async def __aexit__(self, *exc):
        await Tick()
        print("aexit", self.i, exc[0])

async def f():
    for i in range(5):
        async with M(i) as v:
            if v == 1:
                continue
            if v == 3:
                break
            print("body", v)
    async with M(10):
        return "returned"

print(run(f()))
