# A finished coroutine cannot be awaited or sent to again.
async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration:
    pass
for op in (lambda: c.send(None), lambda: c.throw(ValueError)):
    try:
        op()
    except RuntimeError as e:
        print(type(e).__name__, e)
print(c.close())

async def g():
    return await c

try:
    g().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

d = f()
try:
    d.send(5)
except TypeError as e:
    print(type(e).__name__, e)
d.close()
