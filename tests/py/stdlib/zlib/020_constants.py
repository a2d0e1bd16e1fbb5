# module constants and names
import zlib

names = ["DEFLATED", "DEF_BUF_SIZE", "DEF_MEM_LEVEL", "MAX_WBITS",
         "Z_BEST_COMPRESSION", "Z_BEST_SPEED", "Z_BLOCK", "Z_DEFAULT_COMPRESSION",
         "Z_DEFAULT_STRATEGY", "Z_FILTERED", "Z_FINISH", "Z_FIXED", "Z_FULL_FLUSH",
         "Z_HUFFMAN_ONLY", "Z_NO_COMPRESSION", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH",
         "Z_RLE", "Z_SYNC_FLUSH", "Z_TREES"]
for n in names:
    print(n, getattr(zlib, n))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION.count(".") >= 2)
print(type(zlib.ZLIB_RUNTIME_VERSION).__name__)
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)
print(issubclass(zlib.error, Exception))
c = zlib.compressobj()
d = zlib.decompressobj()
print(type(c).__name__, type(c).__module__, type(d).__name__, type(d).__module__)
