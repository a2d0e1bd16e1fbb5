# printf-style formatting with one conversion and one argument (the
# common "name%d" % i): ints, strs, subclasses, big ints, and the errors.
class I(int):
    def __str__(self):
        return "I!"
    def __repr__(self):
        return "I?"

print("name%d" % 5, "%d" % -12, "x%iy" % 0, "%s" % 7, "%s!" % "str", "caf\u00e9 %d \u20ac" % 3)
print("%d" % True, "%s" % True, "%d" % I(4), "%s" % I(4), "%d" % 2 ** 100, "%s" % 1.5)
print("%d %%" % 1, "%%d" % (), "%5d|" % 42, "%-3s|" % "a", "%r" % "q", "%x" % 255)
for fmt, arg in [("%d", "x"), ("%\u00e9", 1), ("%", 1), ("%d", None), ("%d %d", 1), ("%s", ()), ("a", 1)]:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s" % (1,), "%d" % (2,), "%(a)s" % {"a": 1})
