import signal

print(signal.getsignal(signal.SIGTERM), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE))
print(signal.strsignal(signal.SIGINT), signal.strsignal(9), signal.strsignal(15))
print(signal.strsignal(34), repr(signal.strsignal(32)))
vs = signal.valid_signals()
print(len(vs), sorted(vs)[:3], 32 in vs, signal.SIGKILL in vs, 64 in vs)
for bad in (0, 65, -3, 'x', 10**30, 2.5):
    for f in (signal.getsignal, signal.strsignal):
        try:
            print(f(bad))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
