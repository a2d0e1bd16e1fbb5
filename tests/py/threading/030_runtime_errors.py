# The RuntimeErrors of misused threads, with CPython's messages.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
for action in (n.start, n.join):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)

# A thread may not join itself.
errors = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=self_join)
t.start()
t.join()
print(errors)

# The deprecated camelCase accessors still work.
t = threading.Thread(name="old")
t.setName("older")
t.setDaemon(True)
print(t.getName(), t.isDaemon(), t.name, t.daemon)
print(issubclass(threading.ThreadError, Exception), threading.ThreadError is RuntimeError)
