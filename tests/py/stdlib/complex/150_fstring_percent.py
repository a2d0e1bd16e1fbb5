# f-strings, str.format and %-formatting with complex numbers.
z = 3.14159 - 2.71828j
print(f"{z}", f"{z:.2f}", f"{z:>30}", f"{z:^30.3g}", f"{z!r:>25}", f"{z=}")
print("{0} {0:.1e} {1:+}".format(z, 1j))
print("{:,.2f}".format(1234567.891 + 9876543.21j))
print("%s %r" % (z, z), "%s" % (1j,), "%10s|" % (1j,), "%-12r|" % (2j,))
for fmt in ["%f", "%d", "%x", "%e", "%g", "%c", "%i"]:
    try:
        print(fmt % (1j,))
    except TypeError as e:
        print(fmt, type(e).__name__, e)
width = 12
print(f"{z:{width}.{3}f}|", f"{1j:*^{width}}")
