# adversarial: hex(), bin(), oct(), format(n, 'x'), format(n, '_b') and '%x' % n of a 2 * 10**6-bit int in an endless loop: fuel counts the digits each writes, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 10_000
# within: 6
big = (1 << (2 * 10**6)) - 12345
while True:
    h = hex(big)
    h = None
    h = bin(big)
    h = None
    h = oct(big)
    h = None
    h = format(big, 'x')
    h = None
    h = format(big, '_b')
    h = None
    h = '%x' % big
    h = None
