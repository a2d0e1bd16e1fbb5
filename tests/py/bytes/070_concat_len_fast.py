# bytes + bytes, len(bytes) and str.count/encode on the paths loops use:
# exact types, subclasses with their own __add__/__radd__/__len__, other
# operands, and the errors.
class B(bytes):
    def __add__(self, o):
        return "B.__add__"
    def __radd__(self, o):
        return "B.__radd__"
    def __len__(self):
        return 99

class Plain(bytes):
    pass

print(b"ab" + b"cd", b"" + b"", b"x" + bytearray(b"y"), b"x" + memoryview(b"z"))
print(B(b"q") + b"x", b"x" + B(b"q"), Plain(b"p") + b"x", type(Plain(b"p") + b"x").__name__)
print(len(b""), len(b"abc"), len(B(b"abc")), len(Plain(b"ab")))
x = b"a"
for i in range(3):
    x += str(i).encode() + b"\n"
print(x)
for bad in ["s", 1, None]:
    try:
        b"x" + bad
    except TypeError as e:
        print(type(e).__name__, e)
s = "a\nb\u00e9\n\u20ac\nc"
print(s.count("\n"), s.count("\u00e9"), s.count("\n", 2), s.count("\n", 0, 3), s.count("x"), "".count("\n"))
print(s.count("\n", -3), s.count("b\u00e9"), s.count(""), "aaa".count("a"), "aaaa".count("aa"))
for enc in ["utf-8", "UTF-8", "utf8", "Utf-8", " utf_8 ", "latin-1", "ascii"]:
    print(enc, "caf\u00e9".encode(enc, "replace"))
try:
    "x".encode("utf-9")
except LookupError as e:
    print(type(e).__name__, e)
print(dict(zip("abc", range(3))), dict([("k", 1), ["l", 2], "mn"]))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
