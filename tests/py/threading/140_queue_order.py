# Queue, LifoQueue and PriorityQueue orders; sizes; Empty and Full.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(),
          [q.get() for _ in range(5)], q.empty())

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (3, "a"), (1, "a")]:
    pq.put_nowait(item)
print([pq.get_nowait() for _ in range(4)])

q = queue.Queue(maxsize=2)
q.put("a")
q.put_nowait("b")
print(q.full(), q.qsize(), q.maxsize)
for put in (lambda: q.put_nowait("c"), lambda: q.put("c", block=False),
            lambda: q.put("c", timeout=0.01), lambda: q.put("c", False, 10)):
    try:
        put()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get_nowait(), q.empty())
for get in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e))
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1) or q.put(2) or q.put(3, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(q.qsize(), issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# maxsize <= 0 means unbounded.
q = queue.LifoQueue(maxsize=-1)
for i in range(100):
    q.put_nowait(i)
print(q.full(), q.qsize(), q.get())
