# TimedRotatingFileHandler: intervals, suffixes, rollover times, errors.
import logging.handlers
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "timed.log")
    for when, interval in [("S", 1), ("M", 2), ("h", 1), ("D", 3), ("midnight", 1), ("W0", 1)]:
        h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval,
                                                      utc=True, delay=True)
        print(h.when, h.interval, h.suffix, h.extMatch.pattern)
        print(h.computeRollover(1000000000), h.computeRollover(1000000000) - 1000000000)
        h.close()
    for when in ["X", "W", "W7", "W12"]:
        try:
            logging.handlers.TimedRotatingFileHandler(path, when=when, delay=True)
        except ValueError as e:
            print(type(e).__name__, e)
    import datetime
    h = logging.handlers.TimedRotatingFileHandler(path, when="midnight", utc=True, delay=True,
                                                  atTime=datetime.time(3, 30))
    print(h.computeRollover(1000000000) - 1000000000)
    h = logging.handlers.TimedRotatingFileHandler(path, when="W3", utc=True, delay=True)
    print(h.dayOfWeek, h.computeRollover(1000000000) - 1000000000)
    h.close()
    h = logging.handlers.TimedRotatingFileHandler(path, when="S", backupCount=1, utc=True)
    h.setFormatter(logging.Formatter("%(message)s"))
    h.handle(logging.makeLogRecord({"msg": "before"}))
    h.rolloverAt = 0
    h.handle(logging.makeLogRecord({"msg": "after"}))
    h.close()
    names = sorted(os.listdir(d))
    print(len(names), names[-1])
    with open(path) as f:
        print(repr(f.read()))
