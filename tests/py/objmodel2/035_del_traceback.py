# kaa: skip tracebacks record code and line, not frame objects, so they do not keep a frame's locals alive (known gap: frame objects)
# A traceback keeps the frames it passes through alive, and so their local
# variables: they die when the exception is dropped at the end of `except`.
class A:
    def __del__(self):
        print("  A.__del__")


def f():
    x = A()
    raise ValueError("from f")


try:
    f()
except ValueError:
    print("  in except")
print("after except")


def g():
    y = A()
    return y


g()
print("after g")
err = None
try:
    f()
except ValueError as e:
    err = e
print("exception kept in a variable")
err = None
print("after dropping it")
