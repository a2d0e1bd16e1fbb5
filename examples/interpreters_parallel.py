"""The same CPU-bound work in N interpreters on N threads, from Python.

Threads of one interpreter take turns on its lock (see gil_cpu_bound.py); each
interpreter made by concurrent.interpreters has its own lock, so N threads
each running code in its own interpreter use N cores.

    kaa examples/interpreters_parallel.py [N] [WORK]

(CPython 3.11 has no concurrent.interpreters: this example is Kaa's. CPython
3.14 runs it as it is.)
"""

import sys
import threading
import time
from concurrent import interpreters

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 3_000_000


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def timed(fn):
    t0 = time.perf_counter()
    r = fn()
    return r, time.perf_counter() - t0


interps = [interpreters.create() for _ in range(N)]

# Serial: N jobs, one after another, in one interpreter.
serial, t_serial = timed(lambda: [interps[0].call(work, WORK) for _ in range(N)])

# Parallel: N threads, each running one job in its own interpreter.
results = [None] * N


def run(i):
    results[i] = interps[i].call(work, WORK)


def parallel():
    threads = [threading.Thread(target=run, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


par, t_par = timed(parallel)
assert serial == par, (serial, par)
print(f"{N} jobs of work({WORK}):")
print(f"  serial, one interpreter:        {t_serial:6.2f} s")
print(f"  {N} threads, {N} interpreters:      {t_par:6.2f} s")
print(f"  speed-up: {t_serial / t_par:.2f}x (ideal on {N} free cores: {N}x)")
for it in interps:
    it.close()
