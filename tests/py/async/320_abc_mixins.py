# The mixin methods of collections.abc.Coroutine and AsyncGenerator on user classes.
from collections import abc

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

class MyCoro(abc.Coroutine):
    def __init__(self):
        self.log = []
    def send(self, v):
        self.log.append(("send", v))
        raise StopIteration("sent")
    def throw(self, typ, val=None, tb=None):
        self.log.append(("throw", typ.__name__))
        raise typ
    def __await__(self):
        return iter(())

m = MyCoro()
m.close()
print(m.log)

class Counter(abc.AsyncGenerator):
    def __init__(self):
        self.n = 0
    async def asend(self, v):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration

c = Counter()
print(run(c.__anext__()), run(c.__anext__()), run(c.__anext__()))
print(run(c.aclose()))
print(isinstance(c, abc.AsyncIterator))
