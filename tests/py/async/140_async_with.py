# async with: __aenter__/__aexit__ awaited, the value bound, exceptions passed to __aexit__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def main():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b", suppress=True):
        raise KeyError("k")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async with Manager("d") as x, Manager("e") as y:
        print("both", x, y)
    return "done"

print(run(main()))
