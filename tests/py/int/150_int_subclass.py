# Subclasses of int keep their type; arithmetic returns plain ints.
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)

m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, -m, type(-m).__name__)
print(int(m), type(int(m)).__name__, m.real, type(m.real).__name__, m == 5, hash(m) == hash(5))
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), isinstance(m, int), abs(MyInt(-3)))
print(MyInt.from_bytes(b"\x01", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(format(m, ""), format(m, "04d"), "%d" % m, f"{m}")

class HasIndex:
    def __index__(self):
        return 7

class HasInt:
    def __int__(self):
        return 42

print(int(HasIndex()), int(HasInt()), float(HasIndex()), [0, 1, 2, 3, 4, 5, 6, 7][HasIndex()])
try:
    int.__new__(bool)
except TypeError as e:
    print(type(e).__name__, e)
