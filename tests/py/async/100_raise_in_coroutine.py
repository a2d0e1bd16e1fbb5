# Exceptions raised in awaited coroutines propagate through await, with tracebacks intact.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def fail(n):
    if n == 0:
        raise ValueError("boom")
    return await fail(n - 1)

async def catcher():
    try:
        await fail(3)
    except ValueError as e:
        return f"caught {e}"

print(run(catcher()))
try:
    run(fail(2))
except ValueError as e:
    print(type(e).__name__, e)

async def bad_stop():
    raise StopIteration(5)

try:
    run(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
