# except* handling part of a group while a handler fails.
def work():
    raise ExceptionGroup("batch", [ValueError("v"), OSError("disk")])


try:
    work()
except* ValueError as eg:
    print("values:", len(eg.exceptions))
    count = eg.exceptions[0].args[1]
