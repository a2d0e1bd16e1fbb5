# except* handles part of a group; the rest is re-raised as a group.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), ValueError(3)])


try:
    work()
except* ValueError as e:
    print("handled", repr(e))
