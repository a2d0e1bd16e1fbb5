print("%s and %s" % ("a", "b"), "%d%%" % 50, "%r" % "q", "%s" % [1, 2])
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.2f %8.3f %-8.1f| %e %E %g %g" % (3.14159, 2.5, 1.25, 12345.678, 0.00012, 0.00001, 123456789.0))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%c%c" % (65, "b"))
print("%s" % (1,), "%s" % "single", "%i" % 3.9, "%s %s" % (None, True))
print("%10s|%-10s|" % ("right", "left"), "%.3s" % "truncate", "%*d" % (6, 7))
for bad in [("%d %d", (1,)), ("%d", ("x",)), ("%s", (1, 2))]:
    try:
        bad[0] % bad[1]
    except TypeError as e:
        print(type(e).__name__, e)
