# A new exception raised in an except* clause: gathered with the rest.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2)])


try:
    work()
except* ValueError:
    raise RuntimeError("while handling")
