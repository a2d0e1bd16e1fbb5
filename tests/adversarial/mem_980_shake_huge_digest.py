# adversarial: SHAKE digests of 10**12 bytes, then of 2**30 bytes under the memory cap
# cli: skip
# embedded: MemoryError
import hashlib
try:
    x = hashlib.shake_128(b'x').digest(10**12)
except MemoryError:
    pass
else:
    raise ValueError("the digest was made: %d" % len(x))
x = hashlib.shake_256(b'x').hexdigest(2**30)
raise ValueError("the digest was made: %d" % len(x))
