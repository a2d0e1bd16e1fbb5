import os
import signal

got = []
def handler(signum, frame):
    got.append(signum)

print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(200000):
    pass
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got, type(got[0]).__name__)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(200000):
    pass
print(got, signal.getsignal(signal.SIGUSR1))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.signal(signal.SIGUSR2, 1)), repr(signal.getsignal(signal.SIGUSR2)))
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
class Callable:
    def __call__(self, signum, frame):
        got.append(('obj', signum))
signal.signal(signal.SIGUSR2, Callable())
signal.raise_signal(signal.SIGUSR2)
print(got[-1])
