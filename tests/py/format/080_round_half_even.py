for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e-5]:
    print(v, format(v, ".0f"), format(v, ".2f"), format(v, ".1e"), "%.2f" % v)
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-2.5, ".0f"), format(-0.4, ".0f"))
