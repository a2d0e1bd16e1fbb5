# adversarial: zlib.decompressobj().decompress of a deflate bomb (2 GB of output) under the memory cap
# cli: skip
# embedded: MemoryError
import zlib

unit = b'\x18\x05\xa3`\x14\x8c\x82Q0\nF\xc1('
bomb = b'c' + unit * 10**6 + b'\x00\x00'
d = zlib.decompressobj(-15)
x = d.decompress(bomb)
raise ValueError("the bomb was decompressed: %d bytes" % len(x))
