# Two threads each running code in its own interpreter at the same time,
# passing results back through a cross-interpreter queue.
import threading
from concurrent import interpreters


def work(n, q):
    total = 0
    for i in range(n):
        total += i % 7
    q.put((n, total))
    return total


q = interpreters.create_queue()
subs = [interpreters.create() for _ in range(2)]
threads = [threading.Thread(target=s.call, args=(work, 20000 * (i + 1), q)) for i, s in enumerate(subs)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted([q.get(), q.get()]))
print(q.empty(), len(interpreters.list_all()))
# A thread's uncaught exception in another interpreter comes back as data.
try:
    subs[0].exec("raise KeyError('k')")
except interpreters.ExecutionFailed as e:
    print("ExecutionFailed:", e)
# Unshareable values are refused, with a clear error.
try:
    subs[1].prepare_main(x=[1, 2])
except interpreters.NotShareableError as e:
    print("NotShareableError:", e)
# One interpreter runs one exec at a time (as CPython: "interpreter already
# running"): a thread blocks inside it on a queue while another tries.
import time
gate = interpreters.create_queue()
subs[0].prepare_main(gate=gate)
t = threading.Thread(target=subs[0].exec, args=("gate.get()",))
t.start()
while not subs[0].is_running():
    time.sleep(0.001)
try:
    subs[0].exec("pass")
except interpreters.InterpreterError as e:
    print("InterpreterError:", e)
gate.put(None)
t.join()
print(subs[0].is_running())
for s in subs:
    s.close()
print([i.id for i in interpreters.list_all()])
