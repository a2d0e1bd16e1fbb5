# SimpleQueue: unbounded FIFO, no task tracking.
import queue
import threading

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(5):
    q.put(i)
q.put_nowait("x")
q.put("y", block=False, timeout=5)
print(q.qsize(), q.empty(), [q.get() for _ in range(7)])
for get in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
            lambda: q.get(False, -1)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(hasattr(q, "task_done"), hasattr(q, "join"))

# A get() blocked in another thread receives the item.
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=10)))
t.start()
q.put("hello")
t.join()
print(got)

# Many threads put, one thread gets everything.
def producer(base):
    for i in range(100):
        q.put(base + i)


threads = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
for t in threads:
    t.start()
items = [q.get() for _ in range(400)]
for t in threads:
    t.join()
print(len(items), sum(items), q.empty())
print([x for x in items if x < 1000] == list(range(100)))
