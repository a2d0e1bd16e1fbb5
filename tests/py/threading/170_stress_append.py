# 8 threads each append 100000 items to one list: list.append is atomic
# under the interpreter lock, so none is lost.
import threading

shared = []


def work(k):
    append = shared.append
    for i in range(100000):
        append(k)


threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
print([shared.count(k) for k in range(8)])

# dict writes from many threads are atomic too.
d = {}


def fill(k):
    for i in range(10000):
        d[(k, i)] = i


threads = [threading.Thread(target=fill, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), sum(d.values()))

# A counter guarded by a lock never loses an update.
counter = [0]
lock = threading.Lock()


def incr():
    for i in range(20000):
        with lock:
            counter[0] += 1


threads = [threading.Thread(target=incr) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0])
