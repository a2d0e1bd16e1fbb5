# Event: set/clear/is_set; wait() returns the flag (False on timeout).
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set(), e.wait(0))

# Several threads wait for one set().
start = threading.Event()
results = []


def waiter(i):
    results.append((i, start.wait(10)))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print(sorted(results))

# Ping-pong between two threads, in a fixed order.
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)
