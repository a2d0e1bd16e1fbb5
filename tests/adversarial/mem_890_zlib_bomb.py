# adversarial: zlib.decompress of a 13 MB raw deflate bomb (2 GB of output) under the memory cap
# cli: skip
# embedded: MemoryError
import zlib

# A fixed-Huffman block: a literal 0, then 8,000,000 copies of 258 bytes at
# distance 1 (13 bytes hold 8 of them), then the end of the block.
unit = b'\x18\x05\xa3`\x14\x8c\x82Q0\nF\xc1('
bomb = b'c' + unit * 10**6 + b'\x00\x00'
x = zlib.decompress(bomb, -15)
raise ValueError("the bomb was decompressed: %d bytes" % len(x))
