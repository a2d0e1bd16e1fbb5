# round() of ints: negative ndigits round half to even.
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(2 ** 70 + 5, -1), round(123456, -2), round(-123456, -3), round(5, -100))
print(round(7, 2), round(7, None), round(7), type(round(True, 1)).__name__)
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(-(10 ** 30) - 5 * 10 ** 9, -10))
try:
    round(5, "a")
except TypeError as e:
    print(type(e).__name__, e)
