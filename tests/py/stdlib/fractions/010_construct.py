from fractions import Fraction as F

print(F(), F(3), F(8, 6), F(-8, 6), F(8, -6), F(-8, -6), F(0, -5))
print(F(F(1, 2), F(1, 3)), F(F(3, 4)), F(True), F(2, True))
print(F(0.1), F(1.5), F(-0.0), F(1e-320), F(2.0**60))
for s in ["3/4", " -3/4\n", "+7", "1.", ".5", "1.25e2", "-1.5E-3", "1_000/3", "1.2_3", "٣/٤", "0/5", "00012/00004"]:
    print(repr(s), repr(F(s)))
for s in ["", "1/", "/2", "1 /2", "1__0", "_1", "1_", "1/_3", "3/4e2", "inf", "nan", "0x10", "1e", "1.5/2", "--1", "1/2/3"]:
    try:
        F(s)
    except ValueError as e:
        print("ValueError", e)
for args in [(1, 0), (0, 0), ("1/0",), (F(1, 2), 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for args in [("1", 2), (1, "2"), (1.5, 2), (1, 2.5), ([],), (None,), (b"1",)]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError", e)
for x in [float("inf"), float("-inf"), float("nan")]:
    try:
        F(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
