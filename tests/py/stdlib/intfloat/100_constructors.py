def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for args in [("0x10", 0), ("0x10", 16), ("10", 36), ("z", 36), ("0b1_0", 0), ("0_0", 0),
             ("010", 0), ("010", 10), (" -7 ", 10), ("1__0",), ("_1",), ("1_",), ("", 10),
             ("12", 1), ("12", 37), ("12", -1), ("١٢٣",), ("+0o17", 8), (b"42",), (b" 42 ", 16),
             (bytearray(b"7"),), (1.9,), (-1.9,), (True,), ("1e3",), (1e300,)]:
    show(lambda: int(*args))
show(lambda: int(float("inf")))
show(lambda: int(float("nan")))
show(lambda: int(12, 10))
show(lambda: int(base=10))
show(lambda: int(x="5"))
class T:
    def __trunc__(self):
        return 7
class I:
    def __index__(self):
        return 8
class N:
    def __int__(self):
        return 9
for o in (T(), I(), N()):
    show(lambda: int(o))
for s in ["1_000.5", "1e3", " -inf ", "NaN", "1__0", "0x10", "1e400", "-1e-400", "١.٥",
          ".5", "5.", "+.5e-3", "infinity", "in", ""]:
    show(lambda: float(s))
show(lambda: float(10 ** 400))
show(lambda: float(2 ** 1024 - 2 ** 970))
show(lambda: float(2 ** 1024 - 2 ** 971))
show(lambda: float(2 ** 53 + 1))
show(lambda: (2 ** 53 + 1) == float(2 ** 53 + 1))
show(lambda: 2 ** 1024 > 1e308)
show(lambda: 2 ** 1024 == float("inf"))
show(lambda: hash(2 ** 100) == hash(float(2 ** 100)))
show(lambda: hash(-1), )
show(lambda: hash(0.5), )
