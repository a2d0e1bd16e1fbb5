# Level names and numbers.
import logging

for v in [0, 10, 20, 30, 40, 50, 15, "DEBUG", "WARN", "FATAL", "nope", None]:
    print(repr(v), repr(logging.getLevelName(v)))
print(logging.WARN, logging.FATAL, logging.NOTSET)
print(sorted(logging.getLevelNamesMapping().items()))
m = logging.getLevelNamesMapping()
m["X"] = 1
print("X" in logging.getLevelNamesMapping())
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
log = logging.getLogger("levels")
for lv in ["INFO", 5, "NOTICE"]:
    log.setLevel(lv)
    print(log.level, log.getEffectiveLevel(), log.isEnabledFor(20), log.isEnabledFor(30))
for bad in ["info", "NOPE", 1.5, None, [10]]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Handler(level="BAD")
except ValueError as e:
    print(type(e).__name__, e)
child = logging.getLogger("levels.child")
log.setLevel(logging.ERROR)
print(child.level, child.getEffectiveLevel(), child.isEnabledFor(logging.WARNING))
child.setLevel(logging.DEBUG)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
print(logging.getLogger().getEffectiveLevel(), repr(logging.getLogger()))
print(repr(child), repr(log))
logging.addLevelName(25, "NOTICE2")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName("NOTICE2"))
