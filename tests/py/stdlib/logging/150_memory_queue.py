# BufferingHandler, MemoryHandler, QueueHandler and QueueListener.
import io
import logging
import logging.handlers
import queue

out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger("mem")
log.propagate = False
log.addHandler(mem)
log.warning("one")
log.warning("two")
print(len(mem.buffer), repr(out.getvalue()))
log.warning("three")
print(len(mem.buffer), repr(out.getvalue()))
log.info("ignored: level")
log.warning("four")
log.error("flushes at error")
print(len(mem.buffer), out.getvalue().splitlines())
log.warning("five")
mem.close()
print(mem.target, len(mem.buffer), out.getvalue().splitlines()[-1])
keep = logging.handlers.MemoryHandler(10, flushOnClose=False)
keep.handle(logging.makeLogRecord({"msg": "x", "levelno": 50}))
print(len(keep.buffer))
keep.setTarget(target)
keep.close()
print(len(keep.buffer), keep.target)

buf = logging.handlers.BufferingHandler(2)
buf.handle(logging.makeLogRecord({"msg": "a"}))
print(len(buf.buffer), buf.shouldFlush(None))
buf.handle(logging.makeLogRecord({"msg": "b"}))
print(len(buf.buffer))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("queued")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("queued %s", "message")
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("with exception")
r = q.get_nowait()
print(r.msg, r.args, r.message, r.exc_info, r.getMessage())
r2 = q.get_nowait()
print(r2.exc_info, r2.exc_text, r2.msg.splitlines()[0], r2.msg.splitlines()[-1])

out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, h2, respect_handler_level=True)
listener.start()
qlog.warning("via listener (dropped by the handler level)")
qlog.error("via listener")
qlog.critical("also via listener")
listener.stop()
print(repr(out2.getvalue()), q.empty(), listener._thread)
l2 = logging.handlers.QueueListener(q, h2)
qlog.info("not enabled")
qlog.warning("respected no level")
l2.start()
l2.stop()
print(out2.getvalue().splitlines()[-1])
