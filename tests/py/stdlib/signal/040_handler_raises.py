import signal

def boom(signum, frame):
    raise RuntimeError('handled %d' % signum)

signal.signal(signal.SIGUSR1, boom)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from SIGINT')
def stop(signum, frame):
    raise KeyboardInterrupt('custom')
print(signal.signal(signal.SIGINT, stop) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('caught', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('default again', repr(e))
