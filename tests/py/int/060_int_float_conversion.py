print(int(3.9), int(-3.9), int(0.0), int(-0.5), int(1e20), int(2.5e15))
print(float(2 ** 53), float(2 ** 53 + 1), float(-7), float(10 ** 20))
print(int(1e300) == 10 ** 300, int(1e22))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023) > 1e307)
print(round(7.5), round(-7.5), int(True), int("0"))
