# Timer: runs its function once after the interval, unless cancelled.
import threading

fired = []
t = threading.Timer(10.0, fired.append, args=["never"])
t.start()
t.cancel()
t.join()
print(fired, t.is_alive(), t.finished.is_set())

t = threading.Timer(0.01, lambda *a, **k: fired.append((a, sorted(k.items()))),
                    args=(1, 2), kwargs={"x": 3})
print(t.interval, t.name.startswith("Thread-"), isinstance(t, threading.Thread))
t.start()
t.join()
print(fired)
t.cancel()  # too late: harmless

t = threading.Timer(0, fired.append, ["zero"])
t.start()
t.join()
print(fired[-1])
