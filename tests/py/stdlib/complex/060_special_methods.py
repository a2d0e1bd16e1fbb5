# Objects that complex() accepts: __complex__, __float__, __index__.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __complex__(self): return 3 + 4j
class BadC:
    def __complex__(self): return 3
class BF:
    def __float__(self): return 1
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
class Raises:
    def __complex__(self): raise KeyError('boom')
cases = [
    lambda: complex(F()), lambda: complex(I()), lambda: complex(C()),
    lambda: complex(F(), I()), lambda: complex(I(), F()),
    lambda: complex(C(), 1), lambda: complex(1, C()), lambda: complex(C(), C()),
    lambda: complex(BadC()), lambda: complex(BF()), lambda: complex(1, BF()),
    lambda: complex(Both()), lambda: complex(Raises()),
    lambda: 1j + F(), lambda: complex(float('nan'), I()),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print((1 + 2j).__complex__(), type((1 + 2j).__complex__()).__name__)
