# shutdown flushes and closes every handler, newest first; also at exit.
import logging


class Noisy(logging.Handler):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def flush(self):
        print("flush", self.label)

    def close(self):
        print("close", self.label)
        super().close()

    def emit(self, record):
        print(self.label, self.format(record))


a = Noisy("a")
b = Noisy("b")
log = logging.getLogger("sd")
log.addHandler(a)
log.warning("logged")
logging.shutdown([__import__("weakref").ref(a), __import__("weakref").ref(b)])


class Failing(logging.Handler):
    def flush(self):
        raise ValueError("ignored by shutdown")

    def close(self):
        raise OSError("ignored too")


f = Failing()
import weakref
logging.shutdown([weakref.ref(f)])
print("shutdown done")


class Broken(logging.Handler):
    armed = True

    def flush(self):
        if self.armed:
            self.armed = False
            raise KeyError("not ignored")


k = Broken()
try:
    logging.shutdown([weakref.ref(k)])
except KeyError as e:
    print(type(e).__name__, e)
final = Noisy("at exit")
log.handlers = [final]
print("end of program")
