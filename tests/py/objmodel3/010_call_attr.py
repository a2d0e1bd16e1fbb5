# __call__ is visible on functions, built-in functions, bound methods and
# classes, and calling through it works like calling the object.
def f(a, b=2):
    return a + b

print(hasattr(f, '__call__'), hasattr(len, '__call__'), hasattr(print, '__call__'))
print((lambda: 0).__call__())
print(f.__call__(1), f.__call__(1, b=10))
print(len.__call__([1, 2, 3]))
print(sorted.__call__([3, 1, 2], reverse=True))

class C:
    def m(self, x):
        return x * 2

c = C()
print(hasattr(c.m, '__call__'), c.m.__call__(21))
print([].append.__call__ is not None)
lst = []
lst.append.__call__(5)
print(lst)

# classes: type.__call__
print(int.__call__('42'), type(C.__call__()).__name__)
print(type.__call__(int, '7'))

# callable() is unaffected
print(callable(f), callable(len), callable(c.m), callable(C), callable(c), callable(3))
print('__call__' in dir(f), '__call__' in dir(len))

# descriptor checks
for call, arg in [(type(f).__call__, len), (type(len).__call__, f)]:
    try:
        call(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type(f).__call__()
except TypeError as e:
    print(type(e).__name__, e)
