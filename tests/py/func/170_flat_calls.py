# Calls of simple Python functions run in place (flat calls): everything a
# call shows must be as with a recursive call.
import sys


def leaf(x):
    return x * 2


def middle(x):
    return leaf(x) + 1


def top(x):
    return middle(x) + middle(x + 1)


print(top(3))


# An exception unwinding through flat frames, caught in between.
def boom(n):
    return 1 // n


def catcher(n):
    try:
        return boom(n)
    except ZeroDivisionError as e:
        return f"caught {e} at depth {n}"


def outer(n):
    return catcher(n)


print(outer(0), outer(1))


# The traceback lists every flat frame.
def a(n):
    return b(n)


def b(n):
    return c(n)


def c(n):
    return [][n]


try:
    a(5)
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


# The exception being handled: seen by the callee, restored after it.
def show():
    return repr(sys.exc_info()[1])


def handler_inside():
    try:
        raise KeyError("inner")
    except KeyError:
        return show()


try:
    raise ValueError("outer")
except ValueError:
    print(show())
    print(handler_inside())
    print(show())


# Frames: f_back follows the flat callers.
def who(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name


def caller1(d):
    return who(d)


def caller2(d):
    return caller1(d)


print([caller2(d) for d in range(3)])


# Deep recursion: RecursionError, then normal calls work again.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(top(1))


# A generator calling flat functions, and flat functions driving a generator.
def gen(n):
    for i in range(n):
        yield leaf(i)


def total(n):
    return sum(gen(n))


print(total(5))


# Closures (free variables) and globals of another module's function.
def make(k):
    def add(x):
        return x + k

    return add


add3 = make(3)


def use(x):
    return add3(x)


print(use(4))
import os.path

def joined(a, b):
    return os.path.join(a, b)

print(joined("x", "y"))


# sys.settrace sees call and return events of flat calls.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("leaf", "middle"):
        events.append((event, frame.f_code.co_name))
    return tracer


sys.settrace(tracer)
middle(1)
sys.settrace(None)
print([e for e in events if e[0] != "line"])


# An uncaught error through flat frames: the traceback on stderr.
def fail(x):
    return x.missing


def fail_outer(x):
    return fail(x)


fail_outer(1)
