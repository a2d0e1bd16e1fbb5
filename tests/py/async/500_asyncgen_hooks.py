# sys.set_asyncgen_hooks: firstiter at the first __anext__/asend, the finalizer when freed unfinished.
import sys, gc

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(sys.get_asyncgen_hooks())
seen = []
finalized = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__), finalizer=finalized.append)
print(sys.get_asyncgen_hooks().firstiter is not None, sys.get_asyncgen_hooks()[1] is finalized.append)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def main():
    async for x in agen():
        break
    g = agen()
    await g.asend(None)
    await g.aclose()
    return "main done"

print(run(main()))
print(seen)
gc.collect()
print([f.__name__ for f in finalized])
for f in finalized:
    run(f.aclose())
finalized.clear()
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
