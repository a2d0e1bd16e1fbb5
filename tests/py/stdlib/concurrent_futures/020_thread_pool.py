import concurrent.futures as cf
import threading
import time

def square(x):
    time.sleep(0.001 * max(0, 5 - x))
    return x * x

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(6))))
    f = ex.submit(square, 7)
    print(f.result())
    print(list(ex.map(pow, [2, 3], [5, 2])))
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0][:18], range(4)))
    print(sorted(names))
ex = cf.ThreadPoolExecutor(thread_name_prefix="pool")
print(ex.submit(lambda: threading.current_thread().name).result())
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(type(e).__name__, e)
import os
print(cf.ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))
