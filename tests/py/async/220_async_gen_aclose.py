# aclose() runs finally blocks (which may await), and is a no-op on finished generators.
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return ("value", e.value, steps)
    except BaseException as e:
        return (type(e).__name__, str(e))

class Tick:
    def __await__(self):
        yield

async def resource():
    try:
        yield "a"
        yield "b"
    finally:
        await Tick()
        print("released")

ag = resource()
print(run(ag.asend(None)))
print(run(ag.aclose()))
print(run(ag.aclose()))
print(ag.ag_frame)
fresh = resource()
print(run(fresh.aclose()))

async def ignores():
    try:
        yield 1
    finally:
        yield 2

bad = ignores()
run(bad.asend(None))
print(run(bad.aclose()))
