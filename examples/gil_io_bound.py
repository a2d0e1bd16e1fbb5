"""I/O-bound threads under an interpreter lock: the waits overlap.

Each task blocks twice: in time.sleep(0.2) and in queue.Queue.get with a
0.2 s timeout on an empty queue. Both calls release the interpreter lock
while they wait, so N threads wait at the same time: done one after the
other the tasks take N x 0.4 s, on N threads about 0.4 s in all (an overlap
factor close to N). CPython 3.11 behaves the same.

    kaa examples/gil_io_bound.py [N]
    python3 examples/gil_io_bound.py [N]

See docs/internals/gil.md.
"""

import queue
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
WAIT = 0.2


def task():
    """Two blocking waits, as a program waiting on a device or a peer would."""
    time.sleep(WAIT)
    q = queue.Queue()
    try:
        q.get(timeout=WAIT)
    except queue.Empty:
        pass


t0 = time.perf_counter()
for _ in range(N):
    task()
t1 = time.perf_counter()
threads = [threading.Thread(target=task) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
t2 = time.perf_counter()

serial, overlapped = t1 - t0, t2 - t1
factor = serial / overlapped
print(f"{N} tasks, each sleep({WAIT}) + Queue.get(timeout={WAIT})")
print(f"one after the other: {serial:.3f} s")
print(f"{N} threads        : {overlapped:.3f} s")
print(f"overlap factor = {factor:.2f} (ideal {N})")
if factor > N * 0.75:
    print("the waits overlapped: blocking calls release the interpreter lock")
else:
    print("the waits did not fully overlap")
