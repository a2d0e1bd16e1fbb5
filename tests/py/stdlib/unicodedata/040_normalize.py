import unicodedata

samples = [
    "", "abc", "caf\u00e9", "cafe\u0301", "\u212b", "A\u030a", "\u1e9b\u0323",
    "\ufb01", "\u00bd", "\u2460", "\uac00", "\u1100\u1161\u11a8", "\uac00\u11a8",
    "\u0041\u0323\u0302\u0301", "\u0065\u0302\u0323", "\u0344", "\u0f73", "\u2126",
    "\u00c5\u0316", "x\u0301\u0316\u0300", "\u0928\u093c", "\u0929", "\u00e9\u0300",
    "\u1100\u1100\u1161", "\u03d3", "\u1f80\u0345", "\u0300a", "\uff76\uff9e",
    "\u3300", "\U0001D400", "\u2000", "\u00a8", "\u0385", "\U0001D15E", "\u2adc",
]
for s in samples:
    row = []
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        r = unicodedata.normalize(form, s)
        row.append(" ".join("%04X" % ord(c) for c in r) or "-")
        assert unicodedata.is_normalized(form, r)
        row.append("T" if unicodedata.is_normalized(form, s) else "F")
    print(" | ".join(row))
