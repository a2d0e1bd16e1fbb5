import sys
def g():
    print("in gen, no handler:", sys.exc_info()[0])
    yield 1
    try:
        raise KeyError("k")
    except KeyError:
        yield 2
        print("resumed in handler:", sys.exc_info()[0])
    print("after handler:", sys.exc_info()[0])
    yield 3
    try:
        yield 4
    finally:
        print("finally:", sys.exc_info()[0])
try:
    raise ValueError("v")
except ValueError:
    it = g()
    print(next(it))
    print(next(it))
    print("caller during gen handler:", sys.exc_info()[0])
print(next(it))
print("outside:", sys.exc_info()[0])
print(next(it))
try:
    raise TypeError
except TypeError:
    print(next(it, None))
    print("caller:", sys.exc_info()[0])
# throw the same object the caller handles, gen catches and yields
def h():
    try:
        yield
    except ValueError:
        yield "caught"
        print("h exc:", sys.exc_info()[0])
        raise
x = h(); next(x)
try:
    raise ValueError("same")
except ValueError as e:
    print(x.throw(e))
    print("caller after throw:", sys.exc_info()[0])
print("top:", sys.exc_info()[0])
try:
    next(x)
except ValueError as e:
    print("reraised", e)
# with and __exit__ yielding not applicable sync; with in gen
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit sees:", sys.exc_info()[0]); return True
def w():
    with CM():
        yield 1
        raise IndexError
    yield sys.exc_info()[0]
it = w(); next(it); print(next(it))
