# Finalization of async generators and coroutines closed explicitly (no reliance on refcounting).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally")

async def take(n, log):
    out = []
    ag = gen(log)
    async for x in ag:
        if x >= n:
            break
        out.append(x)
    log.append("loop left")
    await ag.aclose()
    return out

log = []
print(run(take(3, log)))
print(log)
