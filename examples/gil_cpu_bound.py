"""CPU-bound threads under an interpreter lock: no speed-up.

The same pure-Python loop runs once on one thread, then split into N equal
parts on N threads (N = 4, or the first argument). Only the thread holding
the interpreter lock runs Python code, so the N threads take turns on one
core and the split run takes about as long as the serial one (a little
longer: the switches cost something). CPython 3.11 behaves the same.

    kaa examples/gil_cpu_bound.py [N] [WORK] [ROUNDS]
    python3 examples/gil_cpu_bound.py [N] [WORK] [ROUNDS]
    kaa --stats examples/gil_cpu_bound.py     # the lock's counters at the end

See docs/internals/gil.md.
"""

import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
# Loop iterations in all; the default takes 1-2 s under a release Kaa.
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000
# Serial and threaded runs alternate ROUNDS times and the best of each counts:
# on a shared machine a single timing is at the mercy of other processes.
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 3


def count(start, stop):
    """Pure-Python work: no call into anything that releases the lock."""
    total = 0
    for i in range(start, stop):
        if i % 3 == 0 or i % 5 == 0:
            total += i
    return total


def serial():
    return count(0, WORK)


def threaded(n):
    results = [0] * n
    step = WORK // n

    def part(k):
        stop = WORK if k == n - 1 else (k + 1) * step
        results[k] = count(k * step, stop)

    threads = [threading.Thread(target=part, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(results)


def timed(f, *args):
    """(wall-clock seconds, CPU seconds of the whole process, result)."""
    w0, c0 = time.perf_counter(), time.process_time()
    r = f(*args)
    return time.perf_counter() - w0, time.process_time() - c0, r


one = many = (float("inf"), 0.0)
for _ in range(ROUNDS):
    wall, cpu, a = timed(serial)
    one = min(one, (wall, cpu))
    wall, cpu, b = timed(threaded, N)
    many = min(many, (wall, cpu))
    assert a == b, (a, b)

# CPU time over wall time is how many cores the run kept busy: at most 1.0
# under an interpreter lock, whatever else the machine is doing. (On a busy
# machine the wall-clock ratio wanders: threads that keep waking up get a
# larger share of the CPU from the OS scheduler than one thread that never
# sleeps.)
ratio = many[0] / one[0]
print(f"work: {WORK} iterations, result {a}, best of {ROUNDS}")
print(f"1 thread : wall {one[0]:.3f} s   cpu {one[1]:.3f} s   (cores busy {one[1] / one[0]:.2f})")
print(f"{N} threads: wall {many[0]:.3f} s   cpu {many[1]:.3f} s   (cores busy {many[1] / many[0]:.2f})")
print(f"threaded / serial = {ratio:.2f} (wall), {many[1] / one[1]:.2f} (cpu)")
if many[1] / many[0] < 1.2:
    print("no speed-up: the threads took turns on the interpreter lock, one core at a time")
else:
    print(f"speed-up {1 / ratio:.2f}x: the threads ran on several cores at once (no interpreter lock?)")
