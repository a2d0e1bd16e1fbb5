# task_done() and join(): join returns once every item has been processed.
import queue
import threading

q = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            done.append(item * 2)
        q.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(30):
    q.put(i)
q.join()
print(len(done), sum(done), q.unfinished_tasks)
for t in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(q.unfinished_tasks, q.empty())

try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

q2 = queue.Queue()
q2.join()  # nothing put: returns at once
q2.put(1)
q2.get()
q2.task_done()
q2.join()
print("joined")
