# asend() passes values into an async generator's yield expressions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("received", received)

ag = echo()
print(run(ag.asend(None)))
print(run(ag.asend("a")))
print(run(ag.asend("b")))
print(run(ag.aclose()))
try:
    run(ag.asend("c"))
except StopAsyncIteration:
    print("closed generator stops")
