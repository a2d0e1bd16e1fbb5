# Arguments: complex, real numbers and objects with __complex__/__float__/__index__.
import cmath
class C:
    def __complex__(self): return 1 + 1j
class F:
    def __float__(self): return 0.25
class I:
    def __index__(self): return 4
class BadC:
    def __complex__(self): return 1.0
class BadF:
    def __float__(self): return 1
class CF(float):
    def __complex__(self): return 2j
class Sub(complex):
    pass
for arg in [C(), F(), I(), True, 2 ** 60, 4.0, Sub(4, 0), CF(4.0)]:
    print(cmath.sqrt(arg), cmath.isfinite(arg), cmath.phase(arg))
for arg in [BadC(), BadF(), 'x', b'x', [1], None, 2 ** 2000]:
    try:
        print(cmath.sqrt(arg))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(cmath.rect(I(), F()), cmath.rect(True, 0), cmath.log(C(), I()))
