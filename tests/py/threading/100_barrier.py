# Barrier: indices, the action, abort and reset, timeouts.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []


def worker():
    for round in range(3):
        indices.append((round, b.wait()))


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print(actions, b.n_waiting, b.broken)

# abort() wakes the waiters with BrokenBarrierError; later waits fail too.
b2 = threading.Barrier(3)
errors = []


def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


threads = [threading.Thread(target=waiter) for _ in range(2)]
for t in threads:
    t.start()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
b2.abort()
for t in threads:
    t.join()
print(errors, b2.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print(b2.broken, b2.n_waiting)

# A timeout breaks the barrier; so does an exception in the action.
b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out", b3.broken)


def bad_action():
    raise ValueError("action failed")


b4 = threading.Barrier(1, action=bad_action)
try:
    b4.wait()
except ValueError as e:
    print("ValueError", e, b4.broken)
b5 = threading.Barrier(1)
print(b5.wait(), b5.wait())
