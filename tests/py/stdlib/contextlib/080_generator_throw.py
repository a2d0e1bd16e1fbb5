# @contextmanager throws the with block's exception into the generator:
# the same object, with its traceback; what comes back out decides.
from contextlib import contextmanager

seen = []


@contextmanager
def watch(reraise=True):
    try:
        yield
    except Exception as e:
        seen.append((type(e).__name__, e.__traceback__ is not None))
        if reraise:
            raise


err = ValueError('boom')
try:
    with watch():
        raise err
except ValueError as e:
    print(e is err, e.__traceback__ is not None, seen)

with watch(reraise=False):
    raise KeyError('swallowed')
print(seen[-1])


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError('translated') from e


try:
    with translate():
        {}['missing']
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def passthrough():
    yield


stop = StopIteration('stop')
try:
    with passthrough():
        raise stop
except StopIteration as e:
    print('StopIteration', e is stop)


@contextmanager
def keeps_going():
    try:
        yield
    except RuntimeError:
        pass
    yield


try:
    with keeps_going():
        raise RuntimeError('x')
except RuntimeError as e:
    print(type(e).__name__, e)
