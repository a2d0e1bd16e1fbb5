# types.FunctionType(code, globals, ...) and code.replace(), as types.coroutine uses them.
import types

def add(a, b=10):
    return a + b

f = types.FunctionType(add.__code__, globals(), "renamed", (1,))
print(f.__name__, f(5), f(5, 5))

code = add.__code__.replace(co_name="other")
print(code.co_name, add.__code__.co_name, code.co_flags == add.__code__.co_flags)
g = types.FunctionType(code, globals())
print(g.__name__, g(1, 2))

def outer():
    x = 3
    def inner():
        return x
    return inner

inner = outer()
try:
    types.FunctionType(inner.__code__, globals())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
h = types.FunctionType(inner.__code__, globals(), None, None, inner.__closure__)
print(h())
try:
    add.__code__.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
