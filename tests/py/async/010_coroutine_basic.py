# A coroutine runs when sent None, and its return value travels in StopIteration.
async def add(a, b):
    return a + b

c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("value", e.value, e.args)
