# Two threads importing two modules that import each other: no deadlock
# (one of them sees the other's partial module, as CPython's _ModuleLock).
import os, sys, tempfile, threading

A = '''import time
import helper_cycle_sync
helper_cycle_sync.barrier.wait()
time.sleep(0.05)
import cyc_b_tl
NAME = "a"
'''
B = '''import time
import helper_cycle_sync
helper_cycle_sync.barrier.wait()
time.sleep(0.05)
import cyc_a_tl
NAME = "b"
'''
SYNC = "import threading\nbarrier = threading.Barrier(2, timeout=5)\n"

with tempfile.TemporaryDirectory() as d:
    for name, text in (("cyc_a_tl.py", A), ("cyc_b_tl.py", B), ("helper_cycle_sync.py", SYNC)):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    sys.path.insert(0, d)
    import helper_cycle_sync
    done = []

    def imp(name):
        mod = __import__(name)
        done.append(mod.NAME)

    threads = [threading.Thread(target=imp, args=(n,)) for n in ("cyc_a_tl", "cyc_b_tl")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    print(sorted(done), [t.is_alive() for t in threads])
    sys.path.remove(d)
