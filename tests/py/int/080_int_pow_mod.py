print(pow(3, 200, 1000), pow(2, 10, 1000), pow(7, 0, 13), pow(5, 3, 1))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
