# Equal constants of one compilation unit (a module, or one string given to
# exec/eval/compile) are one object, even across functions and classes.
# Constants compiled from another source are other objects.
x = 257
y = 257
print(x is y)

def f():
    return 257

def g():
    return 257

class C:
    attr = 257

print(f() is x, g() is f(), C.attr is x)

big = 10**30
def h():
    return 1000000000000000000000000000000
print(big is h(), big == h())

fl = 2.5
def k():
    return 2.5
print(fl is k())

s = "hello world!"
def m():
    return "hello world!"
print(s is m())

t = (1, 2, "a b")
def n():
    return (1, 2, "a b")
print(t is n(), t[2] is "".join(["a", " b"]))
print(t[2] is (lambda: "a b")())

# Different types or signs are different constants.
zero, negzero = 0.0, -0.0
print(zero is negzero, str(negzero))
one, onef = 1000, 1000.0
print(one == onef, type(one).__name__, type(onef).__name__)
pair, pairf = (1, 2), (1.0, 2)
print(pair == pairf, pair is pairf, type(pairf[0]).__name__)

# Another compilation unit makes its own objects.
print(eval("257") is x, eval("12.5") == 12.5, eval("'hello world!'") is s)
ns = {}
exec("a = 1000\nb = 1000\ndef f():\n    return 1000\n", ns)
print(ns["a"] is ns["b"], ns["f"]() is ns["a"], ns["a"] is one)
