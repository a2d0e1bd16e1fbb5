# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs once per thread with the arguments given at creation.
import threading

data = threading.local()
data.x = "main"
seen = []


def f(i):
    seen.append((i, hasattr(data, "x")))
    data.x = i
    data.y = i * 10
    seen.append((i, data.x, data.y, sorted(data.__dict__)))


threads = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen, key=str))
print(data.x, hasattr(data, "y"), data.__dict__)
del data.x
print(hasattr(data, "x"))


class Counter(threading.local):
    inits = []

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        Counter.inits.append(start)

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(100, step=5)
c.bump()
results = []


def g():
    results.append((c.bump(), c.bump(), c.doubled))


t = threading.Thread(target=g)
t.start()
t.join()
t = threading.Thread(target=g)
t.start()
t.join()
print(results, c.value, Counter.inits)
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
try:
    c.doubled = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
