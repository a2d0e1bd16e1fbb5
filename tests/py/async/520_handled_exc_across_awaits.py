# A coroutine keeps the exception it handles across awaits, also when the
# caller handles the very same exception object, and an `async with`'s
# __aexit__ sees the exception while it awaits.
import sys

class Y:
    def __await__(self):
        yield

class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        await Y()
        print("aexit after await:", sys.exc_info()[0].__name__, t.__name__)
        return True

async def body():
    async with ACM():
        await Y()
        raise KeyError("k")
    print("after async with:", sys.exc_info()[0])
    try:
        await Y()
    except ValueError as e:
        await Y()
        print("handled across await:", sys.exc_info()[1])
    print("after handler:", sys.exc_info()[0])
    return "done"

def run(coro, throw_at=None):
    n = 0
    try:
        while True:
            n += 1
            if n == throw_at:
                try:
                    raise ValueError("same object")
                except ValueError as e:
                    coro.throw(e)
                    print("caller still handles:", sys.exc_info()[1])
            else:
                coro.send(None)
    except StopIteration as s:
        print("result:", s.value)

run(body(), throw_at=4)
print("end:", sys.exc_info()[0])
