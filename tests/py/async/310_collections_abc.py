# collections.abc recognises coroutines, async generators and classes with the right methods.
from collections import abc

async def coro():
    pass

async def agen():
    yield

class Aw:
    def __await__(self):
        yield

class AIt:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

c = coro()
g = agen()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
print(isinstance(g, abc.AsyncGenerator), isinstance(g, abc.AsyncIterator), isinstance(g, abc.AsyncIterable))
print(isinstance(Aw(), abc.Awaitable), isinstance(Aw(), abc.Coroutine))
print(isinstance(AIt(), abc.AsyncIterator), isinstance(AIt(), abc.AsyncGenerator))
print(issubclass(type(c), abc.Coroutine), issubclass(type(g), abc.AsyncGenerator))
print(isinstance(c, abc.Iterator), isinstance(g, abc.Iterable))
c.close()
