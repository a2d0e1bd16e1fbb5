# __context__ is set once, where an exception is raised, never again while
# it unwinds through frames that handle other exceptions.
def f():
    try:
        raise KeyError('k')
    except KeyError as k:
        k.__context__ = None
        raise

try:
    raise ValueError
except ValueError:
    try:
        f()
    except KeyError as e:
        print(e.__context__)

def f2():
    try:
        raise KeyError('k2')
    except KeyError as k:
        k.__context__ = None
        raise k

try:
    raise ValueError('v')
except ValueError:
    try:
        f2()
    except KeyError as e:
        print(repr(e.__context__))

# A raise statement replaces an older context.
try:
    raise KeyError('outer')
except KeyError:
    e = ValueError('x')
    e.__context__ = TypeError('old')
    try:
        raise e
    except ValueError as v:
        print(repr(v.__context__))

# An error raised by a built-in gets the exception being handled.
def conv():
    return int('x')

try:
    raise IndexError('c')
except IndexError:
    try:
        conv()
    except ValueError as v:
        print(repr(v.__context__))

# Raised while the caller handles another: chained to that one.
def g():
    raise KeyError('g')

try:
    raise ValueError('outer2')
except ValueError:
    try:
        g()
    except KeyError as e:
        print(repr(e.__context__))

# Through a generator run by list().
def gen():
    yield 1
    raise KeyError('z')

try:
    raise ValueError('outer3')
except ValueError:
    try:
        list(gen())
    except KeyError as e:
        print(repr(e.__context__))

# No cycles: re-raising the context itself.
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise ValueError('b')
        except ValueError as b:
            raise a
except KeyError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# from None keeps the context but suppresses it.
try:
    try:
        raise KeyError('p')
    except KeyError:
        raise ValueError('q') from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)

# A context chain that loops without the new exception (set by hand).
a = KeyError('a2')
b = ValueError('b2')
a.__context__ = b
b.__context__ = a
try:
    raise a
except KeyError:
    try:
        raise TypeError('t')
    except TypeError as t:
        print(repr(t.__context__), repr(t.__context__.__context__))
