# adversarial: bytes.find and count over 40 MB in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
hay = b'a' * (40 * 10**6)
needle = b'a' * 1000 + b'b'
while True:
    hay.find(needle)
    hay.count(b'b')
