# exception(), exc_info=, stack_info=, formatException.
import io
import logging
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s: %(message)s"))
log = logging.getLogger("exc")
log.addHandler(h)
log.propagate = False


def fail():
    raise ValueError("broken")


try:
    fail()
except ValueError as e:
    log.exception("caught %s", "it")
    log.error("with exc_info", exc_info=True)
    log.warning("with an exception object", exc_info=e)
    log.info("below the level", exc_info=True)
    log.critical("with a tuple", exc_info=(type(e), e, e.__traceback__))
    saved = e

log.error("exc_info outside a handler", exc_info=True)
log.exception("exception outside a handler")
log.error("exc_info false", exc_info=False)
log.exception("explicitly off", exc_info=False)


def where():
    log.error("stack follows", stack_info=True)


where()
print(out.getvalue().replace(HERE, ""), end="")
fmt = logging.Formatter()
text = fmt.formatException((type(saved), saved, saved.__traceback__))
print(repr(text.replace(HERE, "")))
print(fmt.formatStack("as is"))
r = logging.makeLogRecord({"msg": "m", "exc_text": "cached text"})
print(repr(fmt.format(r)))
r = logging.makeLogRecord({"msg": "m\n", "stack_info": "the stack"})
print(repr(fmt.format(r)))
