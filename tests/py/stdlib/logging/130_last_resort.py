# With no handlers anywhere: lastResort (WARNING and up, to the current
# sys.stderr), or the one-time "No handlers could be found" message.
import io
import logging
import sys

log = logging.getLogger("lonely")
err = io.StringIO()
sys.stderr = err
try:
    log.info("below lastResort's level")
    log.warning("to lastResort %d", 1)
    log.error("error too")
    print(repr(logging.lastResort), logging.lastResort.level)
    print(logging.lastResort.stream is err)
    logging.lastResort = None
    log.warning("no handler at all")
    log.warning("only said once")
    print(log.manager.emittedNoHandlerWarning)
    logging.raiseExceptions = False
    log.manager.emittedNoHandlerWarning = False
    log.warning("silent")
finally:
    sys.stderr = sys.__stderr__
    logging.raiseExceptions = True
    logging.lastResort = logging._defaultLastResort
print(repr(err.getvalue()))
print(logging.getLogger().handlers, log.hasHandlers())
