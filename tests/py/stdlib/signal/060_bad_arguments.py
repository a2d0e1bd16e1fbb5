import signal

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(signal.signal, 0, signal.SIG_DFL)
attempt(signal.signal, 65, signal.SIG_DFL)
attempt(signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt(signal.signal, signal.SIGSTOP, signal.SIG_DFL)
attempt(signal.signal, signal.SIGUSR1, 5)
attempt(signal.signal, signal.SIGUSR1, None)
attempt(signal.signal, signal.SIGUSR1, 'handler')
attempt(signal.signal, 'x', signal.SIG_DFL)
attempt(signal.signal, 10**30, signal.SIG_DFL)
attempt(signal.signal)
attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, 99)
attempt(signal.alarm, 'x')
attempt(signal.setitimer, signal.ITIMER_REAL, 'x')
attempt(signal.siginterrupt, 0, True)
attempt(signal.siginterrupt, signal.SIGUSR1, False)
attempt(signal.set_wakeup_fd, -1)
attempt(signal.set_wakeup_fd, 'x')
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [])
attempt(signal.sigpending)
