# A coroutine being awaited cannot be awaited by another one at the same time.
class Pause:
    def __await__(self):
        yield "pause"

async def slow():
    await Pause()
    return "slow done"

async def waiter(c):
    return await c

shared = slow()
w1 = waiter(shared)
print(w1.send(None))
w2 = waiter(shared)
try:
    w2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    w1.send(None)
except StopIteration as e:
    print(e.value)
