a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, type(None) is type(None))
x = None
print(x is None, x is not None)
print(type(1) is int, type(True) is bool, type(True) is int)
def f(): pass
g = f
print(f is g, id(f) == id(g), id(a) != id(c))
print([] is [], () == ())
