# adversarial: str.find and count over 40 MB in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
hay = 'a' * (40 * 10**6)
needle = 'a' * 1000 + 'b'
while True:
    hay.find(needle)
    hay.count('b')
