# Producers and consumers through a bounded Queue; the totals add up.
import queue
import threading

q = queue.Queue(maxsize=10)
N_PRODUCERS, N_CONSUMERS, PER_PRODUCER = 4, 3, 2500
totals = []
lock = threading.Lock()


def producer(k):
    for i in range(PER_PRODUCER):
        q.put(k * PER_PRODUCER + i)


def consumer():
    total = count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
        count += 1
    with lock:
        totals.append((total, count))


consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
producers = [threading.Thread(target=producer, args=(k,)) for k in range(N_PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
n = N_PRODUCERS * PER_PRODUCER
print(sum(t for t, c in totals), n * (n - 1) // 2)
print(sum(c for t, c in totals), len(totals), q.empty())
