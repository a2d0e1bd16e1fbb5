# adversarial: bytes.translate with a 1 MB `delete` argument over 1 MB (a search of `delete` per byte would be 10**12 steps) finishes
# cli: ValueError
# embedded: ValueError
b = b'a' * 10**6
d = b'b' * 10**6 + b'a'
r = b.translate(None, d)
raise ValueError(f"translated to {len(r)} bytes")
