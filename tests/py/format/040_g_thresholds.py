for exp in range(-6, 18, 2):
    v = 1.2345 * 10 ** exp
    print(exp, format(v, "g"), format(v, ".3g"), format(v, ".10g"), repr(v), str(v))
print(format(100000.0, "g"), format(1000000.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(123.0, ".2g"), format(9.99, ".2g"), format(0.000999, ".2g"))
