# A round-robin scheduler of coroutines that yield control with a Sleep awaitable.
from collections import deque

class Switch:
    def __await__(self):
        yield "switch"

async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Switch()
    return f"{name} done"

def run_all(coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(c)
    return results

log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)
