# adversarial: binascii.crc32 and b2a_base64 of 20 MB in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
import binascii
data = bytes(20 * 10**6)
while True:
    binascii.crc32(data)
    binascii.b2a_base64(data)
