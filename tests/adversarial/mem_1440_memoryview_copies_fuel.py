# adversarial: memoryview copies of 4 MB (tobytes of a whole and of a stepped view, bytes() of a stepped view, slice assignment of a whole and of a stepped view, hex) and tolist of 256 KB, in an endless loop: fuel counts the bytes each copies, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 30_000
# within: 6
n = 4 * 10**6
buf = bytearray(n)
mv = memoryview(buf)
src = bytes(n)
half = bytes(n // 2)
small = mv[: 1 << 18]
while True:
    r = mv.tobytes()
    r = None
    r = mv[::2].tobytes()
    r = None
    r = bytes(mv[1::2])
    r = None
    mv[:] = src
    mv[::2] = half
    r = small.hex()
    r = None
    r = small.tolist()
    r = None
