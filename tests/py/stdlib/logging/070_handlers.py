# Handler basics: levels, formatters, names, StreamHandler, NullHandler.
import io
import logging
import sys

log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)
out = io.StringIO()
h = logging.StreamHandler(out)
h.setLevel(logging.INFO)
log.addHandler(h)
log.debug("dropped by the handler level")
log.info("default formatter")
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.warning("custom formatter")
h.terminator = "|\n"
log.error("custom terminator")
print(out.getvalue(), end="")
print(repr(h), h.level, h.name, h.formatter._fmt)
h.name = "mine"
print(h.name, h.get_name(), logging._handlers["mine"] is h)
h.set_name("renamed")
print("mine" in logging._handlers, logging._handlers["renamed"] is h)
h.close()
print("renamed" in logging._handlers)
other = io.StringIO()
print(h.setStream(other) is out, h.setStream(other))
log.critical("to other")
print(repr(other.getvalue()))
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()))
s = logging.StreamHandler(sys.stdout)
print(s.stream is sys.stdout, logging.StreamHandler().stream is sys.stderr)
n = logging.NullHandler()
print(repr(n), n.lock, n.handle(None), n.emit(None))
log.addHandler(n)
log.error("null handler swallows this (the stream handler shows it)")
print(repr(other.getvalue().splitlines()[-1]))
base = logging.Handler()
print(repr(base), base.formatter, base.filters)
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print(type(e).__name__, e)
r = logging.makeLogRecord({"msg": "m", "levelname": "INFO", "name": "x"})
print(base.format(r), base.handle(r) if False else "")
print(logging.StreamHandler[int])
print(issubclass(logging.FileHandler, logging.StreamHandler), logging.Handler.__mro__[1].__name__)
