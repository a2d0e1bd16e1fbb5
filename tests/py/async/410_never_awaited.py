# A coroutine never awaited warns on stderr (RuntimeWarning); the program goes on.
import warnings

async def forgotten():
    print("never printed")

def make():
    c = forgotten()
    c = None
    return "made"

print(make())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    forgotten()
    import gc
    gc.collect()
print("still running")
