# adversarial: gzip.decompress of a gzip deflate bomb (2 GB of output) under the memory cap
# cli: skip
# embedded: MemoryError
import gzip

unit = b'\x18\x05\xa3`\x14\x8c\x82Q0\nF\xc1('
header = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff'
bomb = header + b'c' + unit * 10**6 + b'\x00\x00' + bytes(8)
x = gzip.decompress(bomb)
raise ValueError("the bomb was decompressed: %d bytes" % len(x))
