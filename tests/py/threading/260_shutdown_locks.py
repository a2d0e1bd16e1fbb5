# A non-daemon thread's join lock is in threading._shutdown_locks while it runs
# and leaves it when the thread is joined.
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
lk = t._tstate_lock
print(lk in threading._shutdown_locks)
ev.set(); t.join()
print(lk in threading._shutdown_locks)
d = threading.Thread(target=lambda: None, daemon=True)
d.start(); print(d._tstate_lock in threading._shutdown_locks if d._tstate_lock else "done"); d.join()
ts = [threading.Thread(target=lambda: None) for _ in range(100)]
for x in ts: x.start()
for x in ts: x.join()
print(len(threading._shutdown_locks))
