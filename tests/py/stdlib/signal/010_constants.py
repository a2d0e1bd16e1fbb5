import signal

print(repr(signal.SIGINT), signal.SIGINT, int(signal.SIGTERM))
print(signal.Signals(2), repr(signal.Signals['SIGTERM']), signal.Signals.SIGKILL.name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0)
print(repr(signal.Sigmasks(0)), repr(signal.SIG_SETMASK))
print(signal.NSIG, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(list(signal.Signals.__members__))
print(list(signal.Handlers.__members__), list(signal.Sigmasks.__members__))
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD == signal.SIGCHLD)
print(signal.SIGRTMIN, signal.SIGRTMAX, signal.SIGUSR1, signal.SIGALRM, signal.SIGCHLD)
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1].__name__)
