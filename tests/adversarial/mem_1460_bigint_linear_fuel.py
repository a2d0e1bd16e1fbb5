# adversarial: +, -, &, |, ^, << and >> of 10**7-bit ints, bit_count, to_bytes and from_bytes in an endless loop: fuel counts the bits each reads and writes, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 100_000
# within: 6
a = (1 << 10**7) - 12345
b = (1 << (10**7 - 3)) + 999
nbytes = 10**7 // 8 + 1
while True:
    m = a + b
    m = a - b
    m = a & b
    m = a | b
    m = a ^ b
    m = None
    m = (a << 5) >> 7
    m = None
    m = a.bit_count()
    m = a.to_bytes(nbytes, 'little')
    m = int.from_bytes(m, 'big')
    m = None
