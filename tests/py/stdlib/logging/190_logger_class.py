# setLoggerClass, the manager's loggerClass, setLogRecordFactory.
import io
import logging


class MyLogger(logging.Logger):
    def hello(self):
        return "hello from " + self.name


logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass() is MyLogger)
m = logging.getLogger("custom.cls")
print(type(m).__name__, m.hello(), type(logging.getLogger()).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("plain.cls")).__name__, type(logging.getLogger("custom.cls")).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    logging.Logger.manager.setLoggerClass(dict)
except TypeError as e:
    print(type(e).__name__, e)
logging.Logger.manager.setLoggerClass(MyLogger)
print(type(logging.getLogger("via.manager")).__name__)
logging.Logger.manager.loggerClass = None

old = logging.getLogRecordFactory()
print(old is logging.LogRecord)


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.custom_attribute = 0xC0FFEE
    return record


logging.setLogRecordFactory(factory)
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(custom_attribute)x %(message)s"))
log = logging.getLogger("factory")
log.addHandler(h)
log.warning("made by the factory")
print(logging.makeLogRecord({}).custom_attribute)
logging.setLogRecordFactory(old)
print(out.getvalue(), end="")


class Rec(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        r = super().makeRecord(*args, **kwargs)
        r.msg = "[made] " + r.msg
        return r


r = Rec("direct")
r.addHandler(h)
r.warning("through makeRecord")
print(out.getvalue().splitlines()[-1], r.parent)
