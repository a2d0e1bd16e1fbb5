# adversarial: bytes.translate, bytes() of a bytearray and int.from_bytes of 900 KB in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
table = bytes(range(255, -1, -1))
b = b'abcdefgh' * 112500
ba = bytearray(b)
while True:
    t = b.translate(table)
    t = b.translate(None, b'aceg')
    t = bytes(ba)
    t = None
    n = int.from_bytes(b, 'little')
    n = None
