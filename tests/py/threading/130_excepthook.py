# An uncaught exception in a thread goes to threading.excepthook and the
# program goes on; SystemExit is passed to a custom hook too, and the default
# hook ignores it silently.
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value),
                   args.exc_traceback is not None, args.thread.name,
                   args.thread is worker))


threading.excepthook = hook


def fail():
    raise ValueError("bad value")


worker = threading.Thread(target=fail, name="failing")
worker.start()
worker.join()
print(caught, worker.is_alive())

worker = threading.Thread(target=sys.exit, args=(3,), name="exiting")
worker.start()
worker.join()
print(caught[-1])

# The hook is looked up when the exception happens.
threading.excepthook = lambda args: caught.append("late hook")
worker = threading.Thread(target=fail, name="late")
worker.start()
worker.join()
print(caught[-1])

# Back to the default: SystemExit in a thread is silent, the program goes on.
threading.excepthook = threading.__excepthook__
worker = threading.Thread(target=sys.exit, args=("quiet",))
worker.start()
worker.join()
print("still running", threading.active_count())
