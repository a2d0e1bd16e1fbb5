b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[1:]).__name__)
print(list(b), [c for c in b"AB"], b"" == bytes(), bool(b""), bool(b"x"))
print(b + b" world", b * 2, b"x" in b"xyz", 104 in b, b == b"hello", b != "hello")
print(b < b"help", b"abc" < b"abd", max(b"azb"))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "s"
except TypeError as e:
    print(type(e).__name__, e)
