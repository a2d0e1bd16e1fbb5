# __aiter__ written as an async generator method, and async iteration over it.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    async def __aiter__(self):
        yield self.value
        for c in self.children:
            async for v in c:
                yield v

async def main():
    t = Tree(1, Tree(2, Tree(3)), Tree(4))
    return [v async for v in t]

print(run(main()))
