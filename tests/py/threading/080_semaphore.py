# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import threading

sem = threading.Semaphore(3)
lock = threading.Lock()
state = {"now": 0, "max": 0}
gate = threading.Event()


def worker():
    with sem:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        gate.wait(0.05)
        with lock:
            state["now"] -= 1


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(state["max"] <= 3, state["now"])

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
s0 = threading.Semaphore(0)
print(s0.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
b.release(2)
print(b.acquire(False), isinstance(b, threading.Semaphore))

# A release in another thread wakes a blocked acquire.
s1 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s1.acquire(timeout=10)))
t.start()
s1.release()
t.join()
print(got)
