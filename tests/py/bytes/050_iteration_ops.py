data = "héllo".encode()
total = 0
for byte in data:
    total += byte
print(total, sum(data), len(data), sorted(b"cab"), list(reversed(b"ab")))
print(data.decode().upper().encode(), bytes(x ^ 0x20 for x in b"abc"))
print(b"ab" * 0, 3 * b"-", b"%d-%s" % (5, b"x"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"a" + bytes([98]))
