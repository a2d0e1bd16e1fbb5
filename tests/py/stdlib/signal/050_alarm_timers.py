import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
deadline = time.monotonic() + 5
while not fired and time.monotonic() < deadline:
    time.sleep(0.01)
print(fired)
print(signal.alarm(0))
print(signal.alarm(100) == 0, signal.alarm(0) > 0)
old = signal.setitimer(signal.ITIMER_REAL, 10, 2)
print(old)
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(9 < value <= 10, interval)
print(signal.setitimer(signal.ITIMER_REAL, 0)[1])
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(fired)
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print(type(e).__name__, e, e.errno)
try:
    signal.getitimer(-1)
except OSError as e:
    print(type(e).__name__, e)
