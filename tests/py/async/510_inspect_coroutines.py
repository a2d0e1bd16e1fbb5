# inspect's and asyncio's predicates on coroutine functions, coroutines,
# async generators and generator-based coroutines, and the coroutine states.
import asyncio
import inspect
import types


async def coro_fn():
    await asyncio.sleep(0)
    return 1


async def agen_fn():
    yield 1


def gen_fn():
    yield 1


@types.coroutine
def gen_coro():
    yield


class Awaitable:
    def __await__(self):
        yield


preds = ["iscoroutinefunction", "iscoroutine", "isawaitable", "isasyncgenfunction",
         "isasyncgen", "isgeneratorfunction", "isgenerator", "isfunction"]
c = coro_fn()
ag = agen_fn()
g = gen_coro()
objs = [("coro_fn", coro_fn), ("coro", c), ("agen_fn", agen_fn), ("agen", ag),
        ("gen_fn", gen_fn), ("gen_coro_fn", gen_coro), ("gen_coro", g),
        ("awaitable", Awaitable()), ("lambda", lambda: 0)]
for label, o in objs:
    print(label, [p[2:] for p in preds if getattr(inspect, p)(o)],
          asyncio.iscoroutinefunction(o), asyncio.iscoroutine(o))

print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(inspect.getcoroutinestate(c))
c2 = coro_fn()
c2.close()
print(inspect.getcoroutinestate(c2))
c3 = coro_fn()
print(inspect.getcoroutinelocals(c3))
c3.close()
print(inspect.getgeneratorstate(g))
g.close()
print(type(ag).__name__, type(c).__name__, type(g).__name__)
print(isinstance(c, types.CoroutineType), isinstance(ag, types.AsyncGeneratorType))
print(inspect.CO_COROUTINE & coro_fn.__code__.co_flags != 0,
      inspect.CO_ASYNC_GENERATOR & agen_fn.__code__.co_flags != 0,
      inspect.CO_ITERABLE_COROUTINE & gen_coro.__code__.co_flags != 0)
try:
    inspect.getcoroutinestate(gen_fn())
except AttributeError as e:
    print(type(e).__name__, e)
