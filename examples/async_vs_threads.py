"""What a task costs against what a thread costs, for 10 to 10,000 of each.

Each worker waits on a signal once and then finishes. For each count N the
program starts N asyncio tasks, then N threads, and prints for each:

- the memory they hold while all are waiting (growth of the process's
  resident set, read from /proc/self/statm, per worker);
- the time to start them all and let them finish, per worker;
- for tasks, the time of one switch (a task handing the loop to the next
  with `await asyncio.sleep(0)`), and for threads the time of one hand-over
  through a pair of `threading.Event`s.

A thread carries an OS stack and a kernel object; a task is a Python object
and a suspended frame. Expect tasks to be one or two orders of magnitude
cheaper in memory and start-up, and their switches cheaper too, on Kaa as on
CPython.

    kaa examples/async_vs_threads.py
    python3 examples/async_vs_threads.py
"""

import asyncio
import os
import threading
import time

COUNTS = [10, 100, 1000, 10000]
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss():
    """Resident set size in bytes (Linux), or 0 where /proc is missing."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except OSError:
        return 0


async def task_costs(n):
    go = asyncio.Event()
    base = rss()
    t0 = time.perf_counter()
    tasks = [asyncio.create_task(go.wait()) for _ in range(n)]
    await asyncio.sleep(0)  # every task now waits on the event
    held = rss() - base
    go.set()
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - t0
    return held / n, elapsed / n


async def task_switch(rounds):
    async def spin():
        for _ in range(rounds):
            await asyncio.sleep(0)

    t0 = time.perf_counter()
    await asyncio.gather(spin(), spin())
    return (time.perf_counter() - t0) / (2 * rounds)


def thread_costs(n):
    go = threading.Event()
    base = rss()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=go.wait) for _ in range(n)]
    started = 0
    try:
        for t in threads:
            t.start()
            started += 1
    except RuntimeError:  # the OS refused more threads
        pass
    held = rss() - base
    go.set()
    for t in threads[:started]:
        t.join()
    elapsed = time.perf_counter() - t0
    return started, held / max(started, 1), elapsed / max(started, 1)


def thread_switch(rounds):
    ping, pong = threading.Event(), threading.Event()

    def other():
        for _ in range(rounds):
            ping.wait()
            ping.clear()
            pong.set()

    t = threading.Thread(target=other)
    t.start()
    t0 = time.perf_counter()
    for _ in range(rounds):
        ping.set()
        pong.wait()
        pong.clear()
    elapsed = time.perf_counter() - t0
    t.join()
    return elapsed / (2 * rounds)


print(f"{'workers':>8}  {'task KiB':>9} {'task us':>8}  {'thread KiB':>10} {'thread us':>9}")
for n in COUNTS:
    t_mem, t_time = asyncio.run(task_costs(n))
    started, th_mem, th_time = thread_costs(n)
    note = "" if started == n else f"  (only {started} threads started)"
    print(f"{n:>8}  {t_mem / 1024:>9.2f} {t_time * 1e6:>8.1f}  {th_mem / 1024:>10.2f} {th_time * 1e6:>9.1f}{note}")

ts = asyncio.run(task_switch(20000))
hs = thread_switch(5000)
print(f"one task switch  : {ts * 1e6:.2f} us")
print(f"one thread switch: {hs * 1e6:.2f} us  ({hs / ts:.0f}x a task switch)")
