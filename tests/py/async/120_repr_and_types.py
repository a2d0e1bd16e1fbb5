# Types and reprs of coroutines, async generators and their helper objects (addresses cut).
import types

async def coro():
    pass

async def agen():
    yield 1

def cut(r):
    return r.split(" at ")[0] + ">" if " at " in r else r

c = coro()
a = agen()
print(cut(repr(c)))
print(cut(repr(a)))
print(type(c) is types.CoroutineType, type(a) is types.AsyncGeneratorType)
print(type(c.__await__()).__name__, type(a.asend(None)).__name__)
print(type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
print(type(a.__anext__()).__name__, type(anext(a, 0)).__name__)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)

class K:
    async def method(self):
        pass

m = K().method()
print(m.__name__, m.__qualname__, cut(repr(m)))
m.close()
c.close()
