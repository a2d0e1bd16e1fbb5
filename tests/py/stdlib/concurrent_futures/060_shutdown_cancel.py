import concurrent.futures as cf
import logging
import threading

log = logging.getLogger("concurrent.futures")
log.addHandler(logging.NullHandler())
log.propagate = False

gate = threading.Event()
started = threading.Event()

def hold():
    started.set()
    gate.wait(5)
    return "held"

ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(hold)
started.wait(5)
queued = [ex.submit(pow, 2, i) for i in range(3)]
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result())
print([f.cancelled() or f.result() for f in queued].count(True) + 0 >= 0)
print(all(f.done() for f in queued))
print(issubclass(cf.BrokenExecutor, RuntimeError))
from concurrent.futures.thread import BrokenThreadPool

def bad_init():
    raise OSError("init failed")

ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 2)
try:
    f.result(timeout=5)
except BrokenThreadPool as e:
    print(type(e).__name__, e)
ex.shutdown()
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print(type(e).__name__, e)
