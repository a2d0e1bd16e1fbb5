# Per-module import locks: a second thread importing a module that another
# thread is still running waits for the finished module; its code runs once.
import os, sys, tempfile, threading

LOG = "import threading\nruns = []\nstarted = threading.Event()\n"
SLOW = '''import time
import helper_log_tl
helper_log_tl.runs.append("slow")
helper_log_tl.started.set()
time.sleep(0.3)
DONE = "finished"
'''

with tempfile.TemporaryDirectory() as d:
    for name, text in (("helper_log_tl.py", LOG), ("slow_mod_tl.py", SLOW)):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    sys.path.insert(0, d)
    import helper_log_tl
    seen = []

    def first():
        import slow_mod_tl
        seen.append(("first", slow_mod_tl.DONE))

    def second():
        helper_log_tl.started.wait()
        import slow_mod_tl
        seen.append(("second", slow_mod_tl.DONE))

    def third():
        helper_log_tl.started.wait()
        from slow_mod_tl import DONE
        seen.append(("third", DONE))

    threads = [threading.Thread(target=f) for f in (first, second, third)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(seen))
    print(helper_log_tl.runs)
    sys.path.remove(d)
