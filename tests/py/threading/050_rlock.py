# RLock: recursion, ownership, and the errors of releasing it wrongly.
import threading

r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(r.acquire(), r.acquire(), r.acquire(False), r._is_owned())
r.release()
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# While held here, another thread can neither take nor release it.
events = []


def other():
    events.append(("acquire", r.acquire(False)))
    events.append(("acquire timeout", r.acquire(timeout=0.05)))
    try:
        r.release()
    except RuntimeError as e:
        events.append(("release", str(e)))


with r:
    with r:
        t = threading.Thread(target=other)
        t.start()
        t.join()
print(events)

# Once fully released, the other thread gets it.
events.clear()


def other2():
    with r:
        with r:
            events.append(r._is_owned())


t = threading.Thread(target=other2)
t.start()
t.join()
print(events, r._is_owned())

# _release_save / _acquire_restore keep the recursion level (used by Condition).
r.acquire()
r.acquire()
state = r._release_save()
print(r._is_owned(), r.acquire(False))
r.release()
r._acquire_restore(state)
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
