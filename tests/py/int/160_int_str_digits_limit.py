# CPython 3.11 refuses decimal conversions of more than 4300 digits.
print(len(repr(10 ** 4299)), len(str(-(10 ** 4299))), int("9" * 4300) % 1000)
print(int("1" * 5000, 16) % 7, int("1_" * 4000 + "1") % 7, len(hex(10 ** 5000)))
for f in [lambda: repr(10 ** 4300), lambda: int("9" * 4301), lambda: int("0" * 5000), lambda: int("1" * 5000, 3)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
