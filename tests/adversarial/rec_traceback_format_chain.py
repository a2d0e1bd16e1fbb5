# adversarial: traceback.format_exception of a 100,000-long __context__ chain, then raised
# cli: ValueError
# embedded: ValueError
import traceback
e = None
for i in range(100000):
    n = ValueError(i)
    n.__context__ = e
    e = n
lines = traceback.format_exception(e)
raise e
