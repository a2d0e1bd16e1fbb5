# A `for` loop over a generator resumes the generator's frame in place
# (issue 14: flat resumption). Everything a resumption shows must stay as
# CPython shows it: values, return, errors and tracebacks, PEP 479, the
# handled exception inside and outside, gi_running/gi_frame, f_back,
# re-entrance, tracing and recursion.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(x for x in count(3)))
for x in count(3):
    print(x, end=" ")
print()

# The loop's else runs when the generator ends; break leaves it suspended.
g = count(5)
for x in g:
    if x == 2:
        break
else:
    print("not reached")
print("after break", next(g), g.gi_frame is not None)
for x in g:
    pass
else:
    print("else ran", x, g.gi_frame)


# PEP 479.
def bad():
    yield 1
    raise StopIteration("inner")


try:
    for x in bad():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), e.__suppress_context__)


# The handled exception: the generator's own inside its handler, the
# caller's outside it.
def exc_gen():
    yield sys.exc_info()[0]
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise ValueError
except ValueError:
    for t in exc_gen():
        print(t.__name__, sys.exc_info()[0].__name__)
for t in exc_gen():
    print(t and t.__name__, sys.exc_info()[0])


# Errors: the traceback runs through each generator's frame.
def g2():
    yield 1
    1 / 0


def outer():
    for x in g2():
        yield x


try:
    for x in outer():
        print("outer gave", x)
except ZeroDivisionError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno - outer.__code__.co_firstlineno, fs.line)


# An error raised by the loop body while the generator is suspended.
def watched():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran", sys.exc_info()[0])


try:
    for x in watched():
        raise IndexError(x)
except IndexError as e:
    print("body raised", e)


# gi_running, gi_frame and f_back while the generator runs.
def introspect():
    me = holder[0]
    f = sys._getframe()
    yield me.gi_running, me.gi_frame is f, f.f_back.f_code.co_name


holder = [None]


def caller():
    holder[0] = gen = introspect()
    for v in gen:
        print("inside:", v)
    print("after:", gen.gi_running, gen.gi_frame)


caller()


# Re-entrance is still refused.
def selfref():
    for x in gg:
        yield x


gg = selfref()
try:
    for x in gg:
        pass
except ValueError as e:
    print("ValueError:", e)


# Deep chains end in RecursionError, and the interpreter carries on.
def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield 0


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    for x in deep(500):
        pass
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(sum(x for x in deep(50)))


# throw() and close() between steps of a for loop.
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("caught", repr(e))


c = catcher()
for i, v in enumerate(c):
    if i == 0:
        print(c.throw(KeyError("t")))
    if i == 2:
        c.close()
        break
    print(i, v)
print("closed", c.gi_frame)

# Tracing: call, line, return events for the generator's frame.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "small":
        events.append((event, frame.f_lineno - small.__code__.co_firstlineno, arg))
    return tracer


def small():
    yield 1
    yield 2


sys.settrace(tracer)
for x in small():
    pass
sys.settrace(None)
for e in events:
    print(e)


# Values a generator holds are released when it ends.
class Noisy:
    def __del__(self):
        print("freed")


def holds():
    n = Noisy()
    yield 1
    yield 2


for x in holds():
    print("step", x)
print("loop over")


# The caller's line, seen from the generator, is the loop's line.
def where():
    while True:
        yield sys._getframe().f_back.f_lineno - lines.__code__.co_firstlineno


def lines():
    it = where()
    for x in it:
        print("first loop at", x)
        break
    a = 1
    for x in it:
        print("second loop at", x)
        break
    print("next() at", next(it))


lines()
