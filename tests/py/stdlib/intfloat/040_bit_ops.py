for v in (0, 1, -1, 7, -7, 255, 2 ** 64 - 1, -(2 ** 64), 10 ** 30, True, False):
    print(v, v.bit_count(), v.bit_length(), abs(v).bit_count())
print((12).as_integer_ratio(), True.as_integer_ratio(), (-5).as_integer_ratio())
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(int.is_integer if hasattr(int, "is_integer") else "no int.is_integer")
for x in (1.0, 1.5, -0.0, 1e300, float("inf"), float("nan")):
    print(x, x.is_integer())
for x in (0.5, -0.25, 3.0, 1e-310, 2.5e300, 0.1):
    print(x, x.as_integer_ratio())
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
print(int.__index__(5), (5).__index__(), (-3) >> 1, -3 << 2, 1 << 100 >> 99)
try:
    1 << -1
except ValueError as e:
    print(e)
print(~5, ~-1, -2 ** 70 & 0xFF, -1 ^ 2 ** 65, (2 ** 65) | -2)
