# Python functions calling Python functions (the call fast path): results,
# exceptions, tracebacks, frames and the recursion limit as CPython.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


sys.setrecursionlimit(30000)
print(down(20000))
sys.setrecursionlimit(1000)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names


print(outer(0))
print(outer(5))


def who():
    return sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name


def caller():
    return who()


print(caller())


# Exception state seen by a callee inside an except block, restored after.
def show():
    return repr(sys.exc_info()[1])


def handler():
    try:
        raise KeyError("k")
    except KeyError:
        a = show()
    return a, show()


print(handler())


# A callee raising inside its own handler leaves the caller's state intact.
def raiser():
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("from handler")


def catcher():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raiser()
        except TypeError as e:
            print("caught", repr(e), repr(e.__context__))
        print("still", repr(sys.exc_info()[1]))


catcher()


# Globals of another module's function.
import types

m = types.ModuleType("m")
exec("G = 'module m'\ndef g():\n    return G\n", m.__dict__)
G = "main"


def call_g():
    return m.g(), G


print(call_g())


# Methods, closures, defaults (the general path) mixed with flat calls.
class Acc:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self


def make(k):
    def f(x):
        return x + k

    return f


add5 = make(5)
acc = Acc()
for i in range(5):
    acc.add(add5(i))
print(acc.n)


def defaults(a, b=2):
    return a * b


print(sum(defaults(i) for i in range(10)), defaults(3, 3))

# A generator calling functions.
def gen(n):
    for i in range(n):
        yield fib(i)


print(list(gen(10)))

# The error escapes to the top level with a full traceback.
print(middle(0))
