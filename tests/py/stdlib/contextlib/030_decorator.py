# Context managers as decorators: ContextDecorator and @contextmanager.
from contextlib import contextmanager, ContextDecorator

calls = []


@contextmanager
def logged(label):
    calls.append("enter " + label)
    yield
    calls.append("exit " + label)


@logged("f")
def f(x, y=1):
    """f's doc"""
    calls.append(f"run {x} {y}")
    return x + y


print(f(1), f(2, y=3), f.__name__, f.__doc__)
print(calls)


class timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False


@timer()
def work(n):
    print("working", n)
    if n < 0:
        raise ValueError(n)
    return n * 2


print(work(3))
try:
    work(-1)
except ValueError as e:
    print("error", e)
with timer() as t:
    print(type(t).__name__)
print(ContextDecorator()._recreate_cm().__class__.__name__)
