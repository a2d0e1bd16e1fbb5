# Two coroutines suspended inside except blocks keep their own handled exception.
import sys

class Pause:
    def __await__(self):
        yield

async def holder(exc):
    try:
        raise exc
    except Exception:
        await Pause()
        return repr(sys.exc_info()[1])

a = holder(ValueError("a"))
b = holder(KeyError("b"))
a.send(None)
b.send(None)
print(sys.exc_info()[0])
for c in (a, b):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
