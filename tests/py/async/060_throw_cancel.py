# throw() reaches the innermost awaitable; it can be caught at any level (cancellation).
class Cancelled(Exception):
    pass

class Future:
    def __await__(self):
        try:
            yield self
        except Cancelled:
            print("future saw cancel")
            raise
        return "never"

async def step():
    return await Future()

async def task():
    try:
        await step()
    except Cancelled as e:
        print("task caught", type(e).__name__)
        return "cleaned up"

t = task()
print(type(t.send(None)).__name__)
try:
    t.throw(Cancelled("stop"))
except StopIteration as e:
    print("result", e.value)

t2 = step()
t2.send(None)
try:
    t2.throw(Cancelled)
except Cancelled:
    print("propagated")
