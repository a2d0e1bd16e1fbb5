# athrow() raises inside the async generator; a caught exception gives the next value.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", e)
            n += 100
        n += 1

ag = resilient()
print(run(ag.asend(None)))
print(run(ag.athrow(ValueError("x"))))
print(run(ag.athrow(ValueError, ValueError("y"))))
print(run(ag.athrow(KeyError("k"))))
print(run(ag.athrow(ValueError("after"))))
print(run(ag.asend(None)))
