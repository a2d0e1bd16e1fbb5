import unicodedata as u

calls = [
    lambda: u.name(), lambda: u.name("a", 1, 2), lambda: u.category(),
    lambda: u.category("a", "b"), lambda: u.name(chr=1), lambda: u.category(5),
    lambda: u.decimal(5), lambda: u.normalize("NFC"), lambda: u.normalize(1, "a"),
    lambda: u.normalize("NFC", 1), lambda: u.lookup(1), lambda: u.lookup(),
    lambda: u.decimal(""), lambda: u.is_normalized("NFC", b"a"), lambda: u.mirrored("ab"),
    lambda: u.combining(""), lambda: u.east_asian_width(1), lambda: u.decomposition(1),
    lambda: u.bidirectional(None), lambda: u.lookup("\xe9"), lambda: u.normalize("NFX", "a"),
    lambda: u.is_normalized("nfc", "a"), lambda: u.digit("ab", 1), lambda: u.numeric([]),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
for arg in (b"SPACE", bytearray(b"SPACE"), memoryview(b"SPACE"), None, 2.5):
    try:
        print(repr(u.lookup(arg)))
    except Exception as e:
        print(type(e).__name__, e)
