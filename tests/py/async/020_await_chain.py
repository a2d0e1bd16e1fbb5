# Awaiting a coroutine runs it to completion inside the caller.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def leaf(x):
    return x * 10

async def middle(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return a + b

async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total

print(run(top()))
print(run(middle(5)))
