# logging.disable and Logger.disabled.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
log = logging.getLogger("dis")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)

logging.disable(logging.INFO)
log.debug("d1")
log.info("i1")
log.warning("w1")
print(logging.root.manager.disable, log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
logging.disable()
log.critical("c1")
print(logging.root.manager.disable)
logging.disable(logging.NOTSET)
log.debug("d2")
logging.disable("WARNING")
log.warning("w2")
log.error("e2")
logging.disable(0)
try:
    logging.disable("NOPE")
except ValueError as e:
    print(type(e).__name__, e)
log.disabled = True
log.critical("disabled logger")
print(log.isEnabledFor(logging.CRITICAL))
log.disabled = False
log.info("enabled again")
print(out.getvalue().split())
