# Timeouts are honoured: each blocking call returns after about its timeout.
import queue
import threading
import time

TIMEOUT = 0.2


def check(what, call):
    start = time.monotonic()
    result = call()
    elapsed = time.monotonic() - start
    print(what, result, elapsed >= TIMEOUT - 0.01 and elapsed < TIMEOUT + 5.0)


lock = threading.Lock()
lock.acquire()
check("Lock.acquire", lambda: lock.acquire(timeout=TIMEOUT))
r = threading.RLock()
holder_ready, release_holder = threading.Event(), threading.Event()


def hold():
    with r:
        holder_ready.set()
        release_holder.wait()


h = threading.Thread(target=hold)
h.start()
holder_ready.wait()
check("RLock.acquire", lambda: r.acquire(timeout=TIMEOUT))
release_holder.set()
h.join()
check("Event.wait", lambda: threading.Event().wait(TIMEOUT))
cond = threading.Condition()
with cond:
    check("Condition.wait", lambda: cond.wait(TIMEOUT))
    check("Condition.wait_for", lambda: cond.wait_for(lambda: False, TIMEOUT))
check("Semaphore.acquire", lambda: threading.Semaphore(0).acquire(timeout=TIMEOUT))


def expect(exc, call):
    try:
        call()
    except exc:
        return exc.__name__


check("Queue.get", lambda: expect(queue.Empty, lambda: queue.Queue().get(timeout=TIMEOUT)))
full = queue.Queue(1)
full.put(0)
check("Queue.put", lambda: expect(queue.Full, lambda: full.put(1, timeout=TIMEOUT)))
check("SimpleQueue.get", lambda: expect(queue.Empty, lambda: queue.SimpleQueue().get(timeout=TIMEOUT)))
check("Barrier.wait", lambda: expect(threading.BrokenBarrierError,
                                     lambda: threading.Barrier(2).wait(TIMEOUT)))
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
check("Thread.join", lambda: t.join(TIMEOUT))
print(t.is_alive())
stop.set()
t.join()
print(t.is_alive())
check("time.sleep", lambda: time.sleep(TIMEOUT))
