import sys
class Y:
    def __await__(self):
        yield
async def inner():
    await Y()
async def f():
    try:
        await Y()
    except ValueError:
        await inner()
        print("exc_info after resume:", sys.exc_info()[0])
        raise
c = f()
c.send(None)
try:
    raise ValueError("thrown")
except ValueError as e:
    c.throw(e)
try:
    c.send(None)
except BaseException as e:
    print(type(e).__name__, e)
