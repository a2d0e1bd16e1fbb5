print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+7".zfill(4)), repr("abc".zfill(2)), repr("".zfill(3)))
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(6)), repr("x".center(4, "-")))
print(repr("ab".ljust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("ab".rjust(5, "0")))
print(repr("long".ljust(2)), repr("日本".center(6, "+")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
