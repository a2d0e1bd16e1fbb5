# ExitStack: once an exception is suppressed, a later callback's exception has
# no context (the suppressed one is gone), as with nested with statements.
from contextlib import ExitStack


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


def suppress_all(*args):
    return True


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("after suppress")))
        stack.push(suppress_all)
        stack.push(raiser(IndexError("suppressed later")))
        raise ValueError("body")
except KeyError as e:
    print(repr(e), repr(e.__context__))
