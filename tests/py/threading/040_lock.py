# Lock: blocking and non-blocking acquire, timeouts, release errors.
import threading

lock = threading.Lock()
print(type(lock) is type(threading.Lock()), lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.05), lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

with lock:
    print("inside", lock.locked())
print("after", lock.locked())

# Another thread cannot take a held lock; any thread may release it.
seen = []


def try_take():
    seen.append(lock.acquire(False))


lock.acquire()
t = threading.Thread(target=try_take)
t.start()
t.join()
print(seen)


def release_it():
    lock.release()


t = threading.Thread(target=release_it)
t.start()
t.join()
print(lock.locked())

# The exception leaves the with block, and the lock is released.
try:
    with lock:
        raise KeyError("k")
except KeyError:
    pass
print(lock.locked())
