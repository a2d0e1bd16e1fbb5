# The aiter() and anext() builtins, with and without a default.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

async def agen():
    yield "a"
    yield "b"

ag = agen()
print(aiter(ag) is ag)
print(run(anext(ag)))
print(run(anext(ag, "default")))
print(run(anext(ag, "default")))
print(run(anext(ag)))

class Pause:
    def __await__(self):
        yield "pending"

class Manual:
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        raise StopAsyncIteration

print(run(anext(Manual(), 42)))
for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter([]), lambda: aiter()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class BadAiter:
    def __aiter__(self):
        return 3

try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)
