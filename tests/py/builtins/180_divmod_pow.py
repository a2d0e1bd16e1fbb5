print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-2, 3), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(10, 100, 7), pow(-3, 3, 7), pow(5, -1, 7), pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
