# Errors while emitting: "--- Logging error ---" on sys.stderr, or silence.
import io
import logging
import sys

out = io.StringIO()
log = logging.getLogger("err")
log.addHandler(logging.StreamHandler(out))
log.propagate = False

err = io.StringIO()
sys.stderr = err
try:
    log.warning("bad %d", "text")
    log.error("too few %s %s", 1)
    log.error("fine %s", "after errors")
finally:
    sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0], lines[1])
print([l for l in lines if l.startswith(("TypeError", "Message", "Arguments", "Call stack", "---"))])
print([l.strip() for l in lines if "log." in l])
print(repr(out.getvalue()))

logging.raiseExceptions = False
err = io.StringIO()
sys.stderr = err
try:
    log.warning("bad %d", "text")
finally:
    sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
logging.raiseExceptions = True


class Exploding(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("cannot emit")
        except Exception:
            self.handleError(record)


log.addHandler(Exploding())
err = io.StringIO()
sys.stderr = err
try:
    log.error("message %s", ("tuple",))
finally:
    sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print([l for l in lines if l.startswith(("RuntimeError", "Message", "Arguments", "---"))])


class Recursing(logging.Handler):
    def emit(self, record):
        raise RecursionError("deep")


log.handlers = [Recursing()]
try:
    log.error("x")
except RecursionError as e:
    print(type(e).__name__, e)
