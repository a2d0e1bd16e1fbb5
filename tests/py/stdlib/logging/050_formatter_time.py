# formatTime: converter, datefmt, msecs, asctime in the output.
import logging
import time

r = logging.LogRecord("t", logging.WARNING, "p.py", 1, "timed", None, None)
r.created = 1000000000.25
r.msecs = 250.0


class UTC(logging.Formatter):
    converter = time.gmtime


f = UTC("%(asctime)s %(levelname)s %(message)s")
print(f.format(r))
print(r.asctime)
print(f.formatTime(r), f.formatTime(r, "%H:%M"))
f = UTC("%(asctime)s|%(message)s", datefmt="%Y/%m/%d")
print(f.format(r))
g = UTC("{asctime} {message}", style="{")
g.default_msec_format = "%s.%03d"
print(g.format(r))
g.default_msec_format = None
print(g.format(r))
g.default_time_format = "%d %b %Y"
print(g.format(r))
h = logging.Formatter("%(asctime)s")
h.converter = time.gmtime
print(h.format(r))
r2 = logging.LogRecord("t", 10, "p.py", 1, "m", None, None)
print(type(r2.created).__name__, type(r2.msecs).__name__, r2.msecs == int(r2.msecs),
      0 <= r2.msecs < 1000, r2.relativeCreated >= 0, abs(r2.created - time.time()) < 60)
