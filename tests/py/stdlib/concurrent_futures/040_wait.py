import concurrent.futures as cf
import threading

gate = threading.Event()

def blocked():
    gate.wait(5)
    return "released"

def quick(x):
    return x

def boom():
    raise ValueError("boom")

with cf.ThreadPoolExecutor(4) as ex:
    slow = ex.submit(blocked)
    fast = ex.submit(quick, 1)
    done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    done, not_done = cf.wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    bad = ex.submit(boom)
    done, not_done = cf.wait([slow, bad], return_when=cf.FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    gate.set()
    r = cf.wait([slow, fast, bad])
    print(type(r).__name__, len(r.done), len(r.not_done), slow.result())
print(cf.wait([]))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
