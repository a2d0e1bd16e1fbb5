# basicConfig to stdout and the module-level functions.
import logging
import sys

logging.basicConfig(stream=sys.stdout)
logging.debug("not shown")
logging.info("not shown either")
logging.warning("a warning %s", "arg")
logging.error("an error %d%%", 50)
logging.critical("critical")
logging.fatal("fatal is critical")
logging.log(logging.WARNING, "via log %r", [1])
logging.log(35, "custom level")
root = logging.getLogger()
print(root is logging.root, root.name, root.level, len(root.handlers))
print(root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG)   # ignored: root has a handler
logging.debug("still not shown")
root.setLevel(logging.DEBUG)
logging.debug("now shown")
logging.info("info %(key)s", {"key": "mapping"})
logging.warning("%s and %s", "tuple", "args")
logging.warning("no args %s")
logging.warning(12345)
logging.warning(["a", "list"])
try:
    logging.log("INFO", "x")
except TypeError as e:
    print(type(e).__name__, e)
