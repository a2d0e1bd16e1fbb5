# constructor and fromhex errors
tests = [
    lambda: bytearray(-1),
    lambda: bytearray('abc'),
    lambda: bytearray(1, 'utf-8'),
    lambda: bytearray(b'a', 'utf-8'),
    lambda: bytearray(1.5),
    lambda: bytearray([256]),
    lambda: bytearray([-1]),
    lambda: bytearray(['a']),
    lambda: bytearray(x=1),
    lambda: bytearray('a', 1),
    lambda: bytearray(2 ** 100),
    lambda: bytearray(2 ** 62),
    lambda: bytearray.fromhex('zz'),
    lambda: bytearray.fromhex('0'),
    lambda: bytearray.fromhex(1),
    lambda: bytearray(None),
    lambda: bytearray(1, 2, 3, 4),
    lambda: bytearray('\xff', 'ascii'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
