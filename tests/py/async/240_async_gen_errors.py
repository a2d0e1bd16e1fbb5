# Errors from async generators: StopAsyncIteration/StopIteration raised inside, reuse of awaitables.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__)

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

async def raises_stop():
    raise StopIteration(3)
    yield

ag = raises_stop_async()
print(run(ag.asend(None)))
print(run(ag.asend(None)))
print(run(raises_stop().asend(None)))

async def two():
    yield 1
    yield 2

ag = two()
aw = ag.asend(None)
print(run(aw))
print(run(aw))
t = ag.athrow(ValueError)
print(run(t))
print(run(t))
