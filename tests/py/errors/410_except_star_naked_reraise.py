# A bare exception caught by except* and re-raised stays wrapped.
def f():
    raise ValueError("naked")


try:
    f()
except* ValueError:
    print("handling")
    raise
