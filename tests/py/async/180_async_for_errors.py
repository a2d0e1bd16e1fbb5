# async for over objects that are not async iterables.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

class NoANext:
    def __aiter__(self):
        return 5

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

class Raising:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("inside")

async def loop(x):
    async for i in x:
        print(i)

run(loop([1, 2]))
run(loop(NoANext()))
run(loop(BadANext()))
run(loop(Raising()))
