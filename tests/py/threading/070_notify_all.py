# notify(n) wakes at most n waiters; notify_all() wakes the rest.
import threading

cond = threading.Condition()
woken = []
state = {"go": 0, "waiting": 0}


def waiter(i):
    with cond:
        # Counted under the lock, which only wait() gives up: once the main
        # thread sees 5 while holding the lock, all five are in cond.wait().
        state["waiting"] += 1
        while state["go"] == 0:
            cond.wait()
        state["go"] -= 1
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
while True:
    with cond:
        if state["waiting"] == 5:
            state["go"] = 2
            cond.notify(2)
            break
    threading.Event().wait(0.001)
while True:
    with cond:
        if len(woken) == 2:
            print("woken after notify(2):", len(woken))
            state["go"] = 3
            cond.notify_all()
            break
    threading.Event().wait(0.001)
for t in threads:
    t.join()
print(sorted(woken), state)
with cond:
    cond.notify()  # nobody is waiting: nothing happens
    cond.notify_all()
print("done")
