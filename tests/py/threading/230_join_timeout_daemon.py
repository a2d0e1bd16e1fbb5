# join(timeout) leaves a blocked thread alive; daemon status is inherited.
import threading

release = threading.Event()
t = threading.Thread(target=release.wait, name="blocked")
t.start()
t.join(0.01)
print(t.is_alive())
t.join(-1)  # a negative timeout acts as 0
print(t.is_alive(), repr(t).startswith("<Thread(blocked, started "))
release.set()
t.join()
print(t.is_alive(), repr(t).startswith("<Thread(blocked, stopped "))

flags = []


def child():
    flags.append(("child", threading.current_thread().daemon))


def parent():
    flags.append(("parent", threading.current_thread().daemon))
    c = threading.Thread(target=child)
    c.start()
    c.join()
    c2 = threading.Thread(target=child, daemon=False)
    flags.append(("explicit", c2.daemon))


d = threading.Thread(target=parent, daemon=True)
print(repr(d))
d.start()
d.join()
print(flags)
n = threading.Thread(target=parent)
n.daemon = True
print(n.daemon)
n.daemon = False
n.start()
n.join()
print(flags[3:])

# Joining the main thread from another thread with a timeout: it is alive.
res = []
j = threading.Thread(target=lambda: res.append(
    (threading.main_thread().join(0.01), threading.main_thread().is_alive())))
j.start()
j.join()
print(res)
