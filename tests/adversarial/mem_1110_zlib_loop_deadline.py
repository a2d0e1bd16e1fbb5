# adversarial: zlib.compress and decompress of 20 MB in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
import zlib
data = bytes(20 * 10**6)
packed = zlib.compress(data)
while True:
    zlib.compress(data, 1)
    zlib.decompress(packed)
