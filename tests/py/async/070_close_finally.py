# close() throws GeneratorExit into the awaited chain; finally blocks run.
class Wait:
    def __await__(self):
        try:
            yield "waiting"
        finally:
            print("Wait finally")

async def inner():
    try:
        await Wait()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
c.close()
print(c.cr_frame)
c.close()
print("closed twice")

async def stubborn():
    try:
        await Wait()
    except GeneratorExit:
        await Wait()

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
