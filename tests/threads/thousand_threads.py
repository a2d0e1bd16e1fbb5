# 1000 threads started and joined; each appends to one list and bumps a
# counter under a lock.
import threading

items = []
lock = threading.Lock()
count = 0


def work(i):
    global count
    items.append(i)
    with lock:
        count += 1


threads = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), count, sorted(items) == list(range(1000)), threading.active_count())
