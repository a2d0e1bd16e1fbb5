# Exception context and exc_info across awaits.
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

async def inner():
    await Pause()
    raise KeyError("inner")

async def outer():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            await inner()
        except KeyError as e:
            return type(e.__context__).__name__, sys.exc_info()[0].__name__

print(run(outer()))

async def handler_survives_await():
    try:
        raise TypeError("t")
    except TypeError:
        await Pause()
        return sys.exc_info()[0].__name__

print(run(handler_survives_await()))
print(sys.exc_info())
