# A Thread subclass overriding run(); args and kwargs; names and reprs.
import threading


class Worker(threading.Thread):
    def __init__(self, n, **kw):
        super().__init__(**kw)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


w = Worker(10, name="summer")
print(repr(w))
w.start()
w.join()
print(w.result, w.name, repr(w).startswith("<Worker(summer, stopped "))

w2 = Worker(5, daemon=True)
print(repr(w2))
w2.name = 42
print(w2.name, type(w2.name).__name__)

out = {}


def f(a, b, *rest, key=None, **extra):
    out["call"] = (a, b, rest, key, sorted(extra.items()))


t = threading.Thread(target=f, args=(1, 2, 3), kwargs={"key": "k", "z": 26})
t.start()
t.join()
print(out["call"])
t = threading.Thread(target=f, args=[10, 20])
t.start()
t.join()
print(out["call"])

# Default names count up across all threads, with the target's name added.
print(threading.Thread(target=f).name, threading.Thread().name)
print(threading.Thread(name="").name)  # an empty name gets a default one


def g():
    pass


print(threading.Thread(target=g, name="given").name)
print(threading.Thread(target=print).name)
