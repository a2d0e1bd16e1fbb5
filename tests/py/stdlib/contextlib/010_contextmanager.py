# @contextmanager: setup, yielded value, cleanup, exceptions thrown in.
from contextlib import contextmanager


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")


with tag("a") as v:
    print("body", v)
with tag("b"):
    raise ValueError("swallowed")
print("after b")
try:
    with tag("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
cm = tag("d")
print(type(cm).__name__, cm.__doc__)
with cm as v:
    print(v)
try:
    with cm:
        pass
except AttributeError as e:
    print(type(e).__name__)


@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with convert():
        1 / 0
except ArithmeticError as e:
    print(repr(e), type(e.__cause__).__name__)
