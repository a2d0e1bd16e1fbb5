"""I/O-bound work three ways: one after the other, on threads, as asyncio tasks.

Each task waits twice, as a program waiting on a device or a peer would:
0.2 s for a timer, then 0.2 s for a message that never comes. Done one
after the other, N tasks take N x 0.4 s. On N threads the waits overlap,
because blocking calls release the interpreter lock (see
examples/gil_io_bound.py). As N asyncio tasks on one thread they overlap too:
each `await` hands the thread back to the event loop, which waits for all of
them at once in one `select` (epoll) call. CPython 3.11 behaves the same.

    kaa examples/async_io_bound.py [N]
    python3 examples/async_io_bound.py [N]
"""

import asyncio
import queue
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
WAIT = 0.2


def blocking_task():
    time.sleep(WAIT)
    try:
        queue.Queue().get(timeout=WAIT)
    except queue.Empty:
        pass


async def async_task():
    await asyncio.sleep(WAIT)
    try:
        await asyncio.wait_for(asyncio.Queue().get(), WAIT)
    except asyncio.TimeoutError:
        pass


async def all_tasks():
    await asyncio.gather(*(async_task() for _ in range(N)))


t0 = time.perf_counter()
for _ in range(N):
    blocking_task()
t1 = time.perf_counter()
threads = [threading.Thread(target=blocking_task) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
t2 = time.perf_counter()
asyncio.run(all_tasks())
t3 = time.perf_counter()

serial, threaded, tasks = t1 - t0, t2 - t1, t3 - t2
print(f"{N} waits of 2 x {WAIT} s each")
print(f"one after the other: {serial:.3f} s")
print(f"{N} threads        : {threaded:.3f} s  (overlap {serial / threaded:.1f}x)")
print(f"{N} asyncio tasks  : {tasks:.3f} s  (overlap {serial / tasks:.1f}x)")
if serial / tasks > N * 0.75:
    print("the tasks' waits overlapped on one thread: each await returns to the event loop")
else:
    print("the tasks' waits did not fully overlap")
