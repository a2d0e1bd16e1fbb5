"""Context managers: contextmanager, ExitStack, suppress, redirect_stdout."""
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as b:
        print("  content of", b)

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback runs first")
    print("inside", names)

with contextlib.suppress(KeyError, ZeroDivisionError):
    {}["missing"]
print("suppressed")



class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
with contextlib.redirect_stdout(cap):
    print("hidden", 42)
print("captured:", "".join(cap.parts).strip())
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
with contextlib.nullcontext(5) as v:
    print("nullcontext gives", v)
