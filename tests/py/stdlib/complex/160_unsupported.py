# What complex does not support: the TypeErrors the protocol words.
L = [1, 2]
cases = [
    lambda: int(1j), lambda: float(1j), lambda: int(1 + 0j), lambda: float(complex(2)),
    lambda: 1j // 1, lambda: 1 // 1j, lambda: 1j % 1, lambda: 2.0 % 1j,
    lambda: divmod(1j, 1), lambda: divmod(1, 1j), lambda: round(1j), lambda: round(1j, 2),
    lambda: ~1j, lambda: 1j << 1, lambda: 1j & 1, lambda: 1j @ 1j,
    lambda: L[1j], lambda: range(1j), lambda: 'ab' * 1j, lambda: 1j + 'a',
    lambda: 'a' + 1j, lambda: [1] * 1j, lambda: 1j * [1], lambda: 1j - None,
    lambda: None ** 1j, lambda: math_floor(1j), lambda: hex(1j), lambda: bin(1j),
    lambda: chr(1j), lambda: 1j.__int__(), lambda: (1j).__float__(),
    lambda: complex.__floordiv__, lambda: bytes(1j), lambda: '%.2f' % 1j,
]
import math
def math_floor(x):
    return math.floor(x)
for c in cases:
    try:
        print(c())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
z = 1j
for name in ['__lt__', '__int__', '__float__', '__floordiv__', '__mod__', '__divmod__', '__round__', '__trunc__', '__index__']:
    print(name, hasattr(z, name))
