# A bare return ends an async generator; try/finally around yields.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def limited(items, stop):
    for x in items:
        if x == stop:
            return
        try:
            yield x
        finally:
            print("after", x)

async def main():
    return [x async for x in limited([1, 2, 3, 4], 3)]

print(run(main()))
