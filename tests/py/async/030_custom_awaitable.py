# An object with __await__ returning an iterator: its yields go to the driver.
class Tick:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        sent = yield ("tick", self.name)
        return f"{self.name} got {sent}"

async def work():
    a = await Tick("a")
    b = await Tick("b")
    return [a, b]

coro = work()
print(coro.send(None))
print(coro.send(1))
try:
    coro.send(2)
except StopIteration as e:
    print(e.value)
