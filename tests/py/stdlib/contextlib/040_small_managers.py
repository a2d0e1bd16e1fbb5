# suppress, closing, nullcontext, redirect_stdout, redirect_stderr.
import sys
from contextlib import (suppress, closing, nullcontext, redirect_stdout, redirect_stderr,
                        AbstractContextManager)

with suppress(KeyError):
    {}["missing"]
print("after suppress")
with suppress(LookupError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", type(e).__name__)
print(suppress(ValueError).__exit__(None, None, None))


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)
try:
    with closing(Res()):
        raise ValueError
except ValueError:
    print("closed before propagating")
with nullcontext("value") as v:
    print(v)
with nullcontext() as v:
    print(v)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


out, err = Sink(), Sink()
with redirect_stdout(out) as target:
    print("captured", 1)
    print(target is out)
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(out.parts, err.parts)
rd = redirect_stdout(Sink())
with rd:
    with rd:
        print("nested")
print("restored", sys.stdout is sys.__stdout__)
for m in (suppress(), closing(Res()), nullcontext(), rd):
    print(type(m).__name__, isinstance(m, AbstractContextManager))
