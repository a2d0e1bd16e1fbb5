# Start threads running a function, join them, and look at their state.
import threading

results = []


def work(n):
    results.append(n * n)


threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], threads[0].ident, threads[0].native_id)
print([t.daemon for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads))
print(all(isinstance(t.native_id, int) for t in threads))
threads[0].join()  # joining again is fine
print(threading.active_count(), len(threading.enumerate()))

# Named threads; a target without __name__; no target at all.
t = threading.Thread(target=work, args=(7,), name="worker")
t.start()
t.join()


class Callable:
    def __call__(self):
        results.append("callable")


t2 = threading.Thread(target=Callable())
t3 = threading.Thread()
print(t.name, "|", t2.name, "|", t3.name)
t2.start()
t3.start()
t2.join()
t3.join()
print(results[-2:])
