e = ValueError("msg", 42)
print(e.args, str(e), repr(e), type(e).__name__)
print(repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")))
print(repr(Exception("a", "b")), str(Exception(None)), repr(StopIteration(3)))
try:
    raise ValueError
except ValueError as err:
    print("class raised ->", repr(err))
err = RuntimeError("stored")
try:
    raise err
except RuntimeError as caught:
    print(caught is err)
try:
    raise 5
except TypeError as t:
    print(type(t).__name__, t)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as t:
    print(type(t).__name__, t)
