# Async methods, classmethods, staticmethods, closures and lambdas returning coroutines.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Service:
    factor = 3

    def __init__(self, base):
        self.base = base

    async def compute(self, x):
        return self.base + x * self.factor

    @classmethod
    async def make(cls, base):
        return cls(base)

    @staticmethod
    async def helper(x):
        return -x

def make_adder(n):
    async def add(x):
        return x + n
    return add

async def main():
    s = await Service.make(10)
    a = await s.compute(2)
    b = await Service.helper(4)
    c = await make_adder(5)(1)
    d = await (lambda: make_adder(1)(1))()
    return a, b, c, d

print(run(main()))
