class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), repr(r), [r])
print(s, str(s), [repr(s).startswith("<")])
print(b, [b], (b,), {b: b}, f"{b}", f"{b!r}", "%s|%r" % (b, b))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
