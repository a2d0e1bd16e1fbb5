# Properties of many code points, checksummed per range.
import unicodedata as u

def digest(parts):
    h = 0
    for p in parts:
        for ch in str(p):
            h = (h * 131 + ord(ch)) % 1000000007
        h = (h * 131 + 7) % 1000000007
    return h

ranges = [(0, 0x3400, 1), (0x3400, 0xA000, 97), (0xA000, 0xD800, 1), (0xE000, 0x10000, 1),
          (0x10000, 0x20000, 3), (0x20000, 0x110000, 1009)]
for lo, hi, step in ranges:
    cats, rest = [], []
    for cp in range(lo, hi, step):
        c = chr(cp)
        cats.append(u.category(c))
        rest.append((u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c)))
    print(hex(lo), hex(hi), len(cats), digest(cats), digest(rest))
