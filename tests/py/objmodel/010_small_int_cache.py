# Ints from -5 to 256 are cached: every way of making one gives the same object.
# Outside that range each computation makes a new object.
def same(text):
    return int(text) is int(text)

print([same(str(n)) for n in (-6, -5, -1, 0, 1, 100, 255, 256, 257, 1000)])

# Arithmetic results inside the range are the cached objects.
c256 = int("256")
a = 200
two = 2
print(a + 56 is c256, two * 128 is c256, 512 // two is c256, 1 << (two * 4) is c256)
print(-(a - 195) is int("-5"), (a - 206) is int("-6"))

# ... outside the range they are new objects.
a = 1000
b = a + 1 - 1
print(a == b, a is b)
big = 10**20
print(big + 0 == big, big + 0 is big)

# Other producers of ints use the cache too.
print(len([0] * 256) is c256, len([0] * 257) is len([0] * 257))
print(sum([100, 156]) is c256, int(256.0) is c256, int(True) is int("1"))
print(int.from_bytes(b"\x01\x00", "big") is c256, int("0x100", 16) is c256)
print(abs(-256) is c256, max(3, 7) is int("7"), divmod(513, 2)[0] is c256)
print([x is y for x, y in zip(range(250, 260), range(250, 260))])
print([x is y for x, y in zip(range(-8, -2), range(-8, -2))])
print(ord("a") is int("97"), "abc".find("c") is int("2"), hash(5) is int("5"))
