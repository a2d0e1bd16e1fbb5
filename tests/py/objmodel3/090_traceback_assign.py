# exc.__traceback__ can be set to None or to a traceback; with_traceback()
# does the same and returns the exception.
def boom():
    raise ValueError('x')

try:
    boom()
except ValueError as e:
    err = e

print(err.__traceback__ is not None)
tb = err.__traceback__
err.__traceback__ = None
print(err.__traceback__)
err.__traceback__ = tb
print(err.__traceback__ is not None, err.__traceback__.tb_lineno == tb.tb_lineno)
nxt = tb.tb_next
print(nxt is not None)

e2 = KeyError('k')
print(e2.__traceback__)
print(e2.with_traceback(tb) is e2, e2.__traceback__ is not None)
print(e2.with_traceback(None).__traceback__)

for bad in [5, 'tb']:
    try:
        e2.__traceback__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    e2.with_traceback(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del e2.__traceback__
except TypeError as e:
    print(type(e).__name__, e)

# Raising again after clearing the traceback.
try:
    try:
        boom()
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_next)
