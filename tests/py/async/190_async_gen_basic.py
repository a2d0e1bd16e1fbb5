# An async generator driven by async for, and by hand with __anext__().
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def numbers(n):
    for i in range(n):
        await Tick()
        yield i * i

async def main():
    got = []
    async for v in numbers(4):
        got.append(v)
    return got

print(run(main()))
ag = numbers(2)
print(ag.__aiter__() is ag)
aw = ag.__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
print(run(ag.__anext__()))
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("exhausted")
