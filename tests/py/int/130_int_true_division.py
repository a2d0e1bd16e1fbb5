# int / int is correctly rounded even when the operands do not fit a float.
print(10 ** 400 / 10 ** 399, (10 ** 400) // 3 / 10 ** 399)
print((2 ** 1023 * 3) / 2, (10 ** 40 + 1) / 3, (2 ** 53 + 1) / 1)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1075, -1 / 2 ** 1080)
print(7 / 2, -7 / 2, 1 / 3, 2 ** 64 / 3, -(10 ** 30) / 7)
for a, b in [(2 ** 2000, 3), (2 ** 1024, 1), (1, 0), (10 ** 500, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
