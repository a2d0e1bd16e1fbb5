print(int(), int(7), int(-7.9), int("  42 "), int("101", 2), int("0o17", 0), int(True), int(b"12") if False else int("12"))
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float(True))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0))
class WithInt:
    def __int__(self):
        return 99
class WithFloat:
    def __float__(self):
        return 1.25
class WithIndex:
    def __index__(self):
        return 7
print(int(WithInt()), float(WithFloat()), int(WithIndex()), float(WithIndex()))
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
