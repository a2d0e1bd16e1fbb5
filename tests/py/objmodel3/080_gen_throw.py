# generator.throw(type[, value[, traceback]]): how the exception is made.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, repr(e), e.args)

g = gen()
next(g)
v = ValueError('v')
g.throw(ValueError, v, None)
g.throw(ValueError, 'msg')
g.throw(ValueError, ('a', 'b'))
g.throw(ValueError, None)
g.throw(ValueError)
g.throw(LookupError, KeyError('sub'))
g.throw(KeyError('inst'))
g.throw(ValueError, 5, None)

def catcher():
    try:
        yield
    except ValueError as e:
        yield e

c = catcher()
next(c)
got = c.throw(ValueError, v)
print(got is v)

for args in [(int,), ('x',), (ValueError('i'), 'extra'), (ValueError, None, 5)]:
    g2 = gen()
    next(g2)
    try:
        g2.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# An exception thrown into a generator that does not catch it comes out.
def plain():
    yield 1

p = plain()
next(p)
try:
    p.throw(KeyError, KeyError('out'))
except KeyError as e:
    print('out:', repr(e))

# A traceback given as the third argument.
try:
    raise IndexError('tb')
except IndexError as e:
    tb = e.__traceback__
g3 = gen()
next(g3)
g3.throw(IndexError, IndexError('with tb'), tb)

g4 = gen()
next(g4)
for args, kw in [((), {}), ((ValueError, 1, None, 2), {}), ((ValueError,), {'v': 1})]:
    try:
        g4.throw(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
