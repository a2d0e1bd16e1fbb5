# 8 threads write, overwrite and delete keys of one dict at once (and read it
# while it grows): single dict operations are atomic under the interpreter
# lock, so the dict ends consistent. CPython 3.11 prints the same.
import threading

d = {}
shared = {}
start = threading.Barrier(8)


def work(t):
    start.wait()
    for i in range(20000):
        d[(t, i)] = i          # own keys: grows the table, many resizes
        shared[i % 500] = t    # the same keys from every thread
        if i % 3 == 0:
            del d[(t, i)]
        len(shared)
        shared.get(i % 700)


threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = {(t, i): i for t in range(8) for i in range(20000) if i % 3}
print(len(d), d == expected)
print(len(shared), sorted(shared) == list(range(500)), all(0 <= v < 8 for v in shared.values()))
