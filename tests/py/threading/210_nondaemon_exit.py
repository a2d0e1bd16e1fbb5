# The program waits for a non-daemon thread still running when the main
# program ends (its line comes after main's last line); a daemon thread that
# never ends does not keep the program alive.
import threading

go = threading.Event()
never = threading.Event()


def worker():
    go.wait()
    for i in range(3):
        print("worker line", i)
    print("worker: finished after main")


def forever():
    never.wait()
    print("never printed")


threading.Thread(target=forever, daemon=True).start()
t = threading.Thread(target=worker)
t.start()
print("main: daemon flags", t.daemon, threading.main_thread().daemon)
print("main: last line")
go.set()
