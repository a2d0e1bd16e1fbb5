# 200 threads started and joined; afterwards only the main thread is left.
import threading

results = [None] * 200


def work(i):
    results[i] = i * 3


threads = [threading.Thread(target=work, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results), results[:5], results[-1])
print(any(t.is_alive() for t in threads))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threads[0].name, threads[-1].name)

# Threads that start threads.
out = []
olock = threading.Lock()


def spawn(depth):
    with olock:
        out.append(depth)
    if depth < 4:
        kids = [threading.Thread(target=spawn, args=(depth + 1,)) for _ in range(2)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()


t = threading.Thread(target=spawn, args=(0,))
t.start()
t.join()
print(len(out), sorted(out).count(4))
print(threading.active_count())
