# Names, numeric values and decompositions of many code points, and lookup
# of every name found.
import unicodedata as u

def digest(parts):
    h = 0
    for p in parts:
        for ch in str(p):
            h = (h * 131 + ord(ch)) % 1000000007
        h = (h * 131 + 7) % 1000000007
    return h

ranges = [(0, 0x3400, 1), (0x3400, 0xA000, 53), (0xA000, 0xD800, 1), (0xE000, 0x10000, 1),
          (0x10000, 0x20000, 1), (0x20000, 0x110000, 331)]
bad = 0
for lo, hi, step in ranges:
    names, nums, decs = [], [], []
    for cp in range(lo, hi, step):
        c = chr(cp)
        n = u.name(c, None)
        names.append(n)
        if n is not None and u.lookup(n) != c:
            bad += 1
        nums.append((u.decimal(c, None), u.digit(c, None), u.numeric(c, None)))
        decs.append(u.decomposition(c))
    print(hex(lo), hex(hi), sum(n is not None for n in names), digest(names), digest(nums), digest(decs))
print("lookup mismatches", bad)
