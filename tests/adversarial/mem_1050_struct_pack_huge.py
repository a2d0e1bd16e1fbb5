# adversarial: struct.pack with a 10**11-byte pad and string field
# cli: MemoryError
# embedded: MemoryError
import struct
try:
    x = struct.pack('100000000000x')
except MemoryError:
    pass
else:
    raise ValueError("packed %d bytes" % len(x))
x = struct.pack('100000000000s', b'a')
raise ValueError("packed %d bytes" % len(x))
