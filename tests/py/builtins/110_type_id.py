print(type(1), type(1.0), type("s"), type(b"b"), type([]), type(()), type({}), type(set()))
print(type(frozenset()), type(range(1)), type(None), type(True), type(type), type(object))
print(type(lambda: 0).__name__, type(slice(1)).__name__, type(...).__name__, type(1) is int, type(type(1)) is type)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
x = object()
print(id(x) == id(x), type(x) is object, isinstance(type(1)(5), int), type("abc")("def"))
