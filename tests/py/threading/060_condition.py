# Condition: a producer and a consumer; wait_for; errors without the lock.
import threading

cond = threading.Condition()
items = []
consumed = []
DONE = object()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)


c = threading.Thread(target=consumer)
c.start()
for i in range(20):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(DONE)
    cond.notify()
c.join()
print(consumed)

# wait() and notify() need the lock.
for call in (cond.wait, cond.notify, cond.notify_all):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)

# Timeouts: wait() returns False, wait_for() the predicate's last value.
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, 0.01))
    print(cond.wait_for(lambda: "ready", 0))

# A Condition over a plain Lock, and one over an RLock held twice.
lock = threading.Lock()
c2 = threading.Condition(lock)
with c2:
    print(lock.locked(), c2.wait(0.01), lock.locked())
print(lock.locked())
r = threading.RLock()
c3 = threading.Condition(r)
with c3:
    with c3:
        print(c3.wait(0.01))
    print(r._is_owned())
print(r._is_owned())
