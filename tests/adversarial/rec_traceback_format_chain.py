# adversarial: traceback.format_exception of a 2,000 (past the recursion limit)-long __context__ chain, then raised
# cli: ValueError
# embedded: ValueError
import traceback
e = None
for i in range(2000):
    n = ValueError(i)
    n.__context__ = e
    e = n
lines = traceback.format_exception(e)
raise e
