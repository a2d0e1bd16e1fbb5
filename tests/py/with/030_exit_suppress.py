class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__, exc)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("continued")
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outer caught", e)
def f():
    with Suppress(Exception):
        raise RuntimeError("inside function")
    return "after with"
print(f())
