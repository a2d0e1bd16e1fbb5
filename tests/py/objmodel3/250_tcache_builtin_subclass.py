# The type attribute cache: subclasses of built-in types monkeypatched after
# use (methods, special methods, __missing__).
class MyList(list):
    pass

l = MyList([3, 1, 2])
print(len(l), l[0])
MyList.__len__ = lambda self: 42
MyList.__getitem__ = lambda self, i: "item%d" % i
print(len(l), l[0])
del MyList.__len__
del MyList.__getitem__
print(len(l), l[0])

MyList.append = lambda self, v: list.append(self, v * 10)
l.append(5)
print(list(l))
del MyList.append
l.append(5)
print(list(l))

class MyDict(dict):
    pass

d = MyDict(a=1)
try:
    d["b"]
except KeyError as e:
    print(type(e).__name__, e)
MyDict.__missing__ = lambda self, k: "missing " + k
print(d["b"])
del MyDict.__missing__
try:
    d["b"]
except KeyError as e:
    print(type(e).__name__, e)

class MyInt(int):
    pass

i = MyInt(5)
print(i + 1, repr(i))
MyInt.__add__ = lambda self, o: "added"
MyInt.__repr__ = lambda self: "MyInt!"
print(i + 1, repr(i))
del MyInt.__add__
del MyInt.__repr__
print(i + 1, repr(i))

class MyStr(str):
    def upper(self):
        return "mine"

s = MyStr("abc")
print(s.upper())
del MyStr.upper
print(s.upper())
