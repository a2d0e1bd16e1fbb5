# str.encode() with no arguments (UTF-8), next to the forms that still
# bind arguments: keywords, other codecs, errors, subclasses, bad calls.
class S(str):
    pass

for s in ["", "a", "line 42", "caf\u00e9", "\u20ac\U0001f600", S("sub\u00e9")]:
    b = s.encode()
    print(type(b).__name__, b, b == s.encode("utf-8"), len(b))
print("x".encode(encoding="ascii"), "\u00e9".encode("latin-1"), "\u00e9".encode(errors="strict"))
print("\u00e9x".encode("ascii", "replace"), "\u00e9x".encode("ascii", errors="ignore"))
print(str.encode("abc"), S.encode(S("t")))
for bad in [
    lambda: "\u00e9".encode("ascii"),
    lambda: str.encode(),
    lambda: str.encode(encoding="utf-8"),
    lambda: str.encode(5),
    lambda: "a".encode("utf-8", "strict", 3),
    lambda: "a".encode(bogus=1),
    lambda: "a".encode("no-such-codec"),
]:
    try:
        print(bad())
    except (TypeError, LookupError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
