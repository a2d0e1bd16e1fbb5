o = object()
p = object()
print(o == o, o == p, o != p, type(o).__name__, isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, int.__bases__[0] is object, issubclass(type, object))
class Sub(object):
    pass
print(Sub.__bases__[0] is object, str(Sub()).startswith("<"), repr(object) == "<class 'object'>")
print(hash(o) == hash(o), object() is not object())
