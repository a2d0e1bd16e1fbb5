# LogRecord attributes, from the caller's frame.
import io
import logging
import os
import threading

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


log = logging.getLogger("rec")
log.addHandler(Keep())
log.propagate = False


def some_function():
    log.warning("in %s", "function")


some_function()
log.error("top level", extra={"user": "bob", "n": 3})
r0, r1 = records
for r in records:
    print(r.name, r.levelno, r.levelname, r.funcName, r.lineno, r.module, r.filename,
          os.path.basename(r.pathname), r.msg, r.args, r.getMessage())
print(r1.user, r1.n, r0.exc_info, r0.exc_text, r0.stack_info)
print(r0.threadName, r0.thread == threading.get_ident(), r0.process == os.getpid(), r0.processName)
print(repr(logging.LogRecord("n", 10, "/a/b.py", 3, "m %s", (1,), None)))
r = logging.LogRecord("n", 10, "/a/b.c.py", 3, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r.args, r.getMessage(), r.module, r.filename, r.funcName)
r = logging.LogRecord("n", 10, "x", 3, "%s", ({},), None)
print(r.args, r.getMessage())
r = logging.LogRecord("n", 10, None, 3, "m", (), None)
print(r.filename, r.module)
r = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelno": 99, "extra_attr": 1})
print(r.getMessage(), r.levelno, r.levelname, r.name, r.extra_attr, r.lineno, r.pathname)
for key in ["message", "asctime", "msg", "lineno"]:
    try:
        log.warning("x", extra={key: 1})
    except KeyError as e:
        print(type(e).__name__, e)
print(len(records))
try:
    logging.LogRecord("n", 10, "x", 3, "%d", ("notint",), None).getMessage()
except TypeError as e:
    print(type(e).__name__, e)
