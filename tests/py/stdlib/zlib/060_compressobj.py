# Compress objects: chunks, flush modes, copy, finished streams
import zlib

data = b"".join(b"line %d of the data\n" % i for i in range(2000))
co = zlib.compressobj()
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush())
print(zlib.decompress(b"".join(parts)) == data)

# a sync flush makes everything so far decodable
co = zlib.compressobj(9, zlib.DEFLATED, -15)
head = co.compress(b"first part ") + co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj(-15)
print(d.decompress(head))
tail = co.compress(b"second part") + co.flush(zlib.Z_FULL_FLUSH) + co.flush()
print(d.decompress(tail), d.eof)

# copy: both go on independently
co = zlib.compressobj(wbits=31)
start = co.compress(b"shared prefix, ")
dup = co.copy()
a = start + co.compress(b"branch A") + co.flush()
b = start + dup.compress(b"branch B!") + dup.flush()
print(zlib.decompress(a, 31), zlib.decompress(b, 31))

# other strategies and levels
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(5, zlib.DEFLATED, 15, 9, strategy)
    print(strategy, zlib.decompress(co.compress(data) + co.flush()) == data)

# zdict round trip
zd = b"common words: the quick brown fox"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the quick brown fox jumps") + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c))
rc = zlib.compressobj(wbits=-15, zdict=zd)
c = rc.compress(b"brown fox, quick fox") + rc.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(c))

# after Z_FINISH the object is spent
co = zlib.compressobj()
co.compress(b"x")
co.flush()
for f in (lambda: co.compress(b"x"), lambda: co.flush(), co.copy):
    try:
        f()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print(zlib.compressobj().flush(zlib.Z_NO_FLUSH))
