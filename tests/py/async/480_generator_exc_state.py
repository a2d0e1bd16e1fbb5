# A generator or coroutine suspended in an except block keeps its exception as context.
import sys

def g():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            yield sys.exc_info()[0].__name__
        except KeyError as e:
            print("context", repr(e.__context__))
        yield sys.exc_info()[0].__name__

x = g()
print(next(x))
try:
    raise TypeError("caller")
except TypeError:
    print(x.throw(KeyError("k")))
print(sys.exc_info())

class Pause:
    def __await__(self):
        yield

async def coro():
    try:
        raise ValueError("in coro")
    except ValueError:
        try:
            await Pause()
        except KeyError as e:
            return repr(e.__context__)

c = coro()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
