print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(8364), chr(128512))
s = "naïve café 日本 😀"
print(len(s), s.upper(), s[6:10], s.encode("utf-8")[:8])
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}" if False else "α", len("αβγ"))
print(sorted("βαγ"), "ΑΒΓ".lower(), "straße".upper())
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
