# The four normalization forms of many single code points and of pairs.
import unicodedata as u

def digest(parts):
    h = 0
    for p in parts:
        for ch in str(p):
            h = (h * 131 + ord(ch)) % 1000000007
        h = (h * 131 + 7) % 1000000007
    return h

for lo, hi in [(0, 0x3000), (0x3000, 0xAC00), (0xAC00, 0xD7B0), (0xF900, 0x10000),
               (0x10000, 0x20000), (0x2F800, 0x2FA20)]:
    out = {f: [] for f in ("NFC", "NFD", "NFKC", "NFKD")}
    for cp in range(lo, hi):
        c = chr(cp)
        for f in out:
            out[f].append(u.normalize(f, c))
    print(hex(lo), hex(hi), [digest(v) for v in out.values()])
# A base letter followed by combining marks in various orders.
marks = ["\u0300", "\u0301", "\u0323", "\u0328", "\u0302", "\u0308", "\u031b", "\u0345"]
bases = ["a", "e", "o", "u", "A", "O", "\u03b1", "\u03c9", "\u0399"]
res = []
for b in bases:
    for m1 in marks:
        for m2 in marks:
            s = b + m1 + m2
            res.append(u.normalize("NFC", s) + "|" + u.normalize("NFD", s))
print(len(res), digest(res))
