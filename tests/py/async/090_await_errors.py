# What cannot be awaited, and CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e)

class NoIter:
    def __await__(self):
        return 42

class ReturnsCoro:
    def __await__(self):
        return inner()

async def inner():
    return 1

async def await_it(x):
    return await x

run(await_it(5))
run(await_it("s"))
run(await_it(NoIter()))
c = inner()
run(await_it(ReturnsCoro()))
run(await_it(c))
print(run(await_it(inner())))
