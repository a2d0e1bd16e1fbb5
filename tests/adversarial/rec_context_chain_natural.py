# adversarial: 20,000 exceptions each raised in the previous one's except block
# cli: ValueError
# embedded: ValueError
def f(n):
    e = None
    for i in range(n):
        try:
            if e is not None:
                raise e
            raise KeyError(i)
        except Exception as x:
            e = ValueError(i)
            e.__context__ = x
    raise e
f(20000)
