# atexit: handlers run at exit, last registered first, with their arguments;
# unregister removes every registration of a function.
import atexit


def hello(name, punct="!"):
    print("goodbye", name + punct)


def never():
    print("never printed")


def boom():
    raise RuntimeError("handler failed; the others still run")


atexit.register(hello, "first")
atexit.register(hello, "second", punct="?")
atexit.register(never)
atexit.register(boom)
atexit.register(never)
atexit.unregister(never)
r = atexit.register(hello, "third")
print("register returns the function:", r is hello)


@atexit.register
def decorated():
    print("decorated handler")


print("decorator keeps the name:", decorated.__name__)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
atexit.unregister(len)
print("end of program")
