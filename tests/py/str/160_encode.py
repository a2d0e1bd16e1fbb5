s = "héllo €"
b = s.encode()
print(b, len(s), len(b), type(b).__name__)
print(s.encode("utf-8") == b, b.decode("utf-8"), b.decode() == s)
print("abc".encode("ascii"), "😀".encode("utf-8"), len("😀".encode()))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))
