# async with on objects that do not support the protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e)

class OnlyEnter:
    async def __aenter__(self):
        return 1

class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

class Sync:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        pass

async def use(m):
    async with m:
        print("in body")

run(use(1))
run(use(OnlyEnter()))
run(use(SyncEnter()))
run(use(SyncExit()))
run(use(Sync()))
