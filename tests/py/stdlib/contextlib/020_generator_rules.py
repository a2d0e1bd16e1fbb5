# The generator must yield exactly once; StopIteration and RuntimeError rules.
from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        yield


@contextmanager
def plain():
    yield


@contextmanager
def eats_stop():
    try:
        yield
    except StopIteration:
        pass


for cm, exc in ((no_yield, None), (two_yields, None), (keeps_going, ValueError)):
    try:
        with cm():
            if exc:
                raise exc
    except RuntimeError as e:
        print(cm.__name__, type(e).__name__, e)
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes through", e)
with eats_stop():
    raise StopIteration("eaten")
print("eaten")
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError passes through", e)
try:
    with plain():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit passes through")
m = plain()
m.__enter__()
print(m.__exit__(None, None, None))
m = eats_stop()
m.__enter__()
print(m.__exit__(StopIteration, None, None))
m = plain()
m.__enter__()
try:
    m.__exit__(ValueError, None, None)
except ValueError as e:
    print("instantiated", repr(e))
