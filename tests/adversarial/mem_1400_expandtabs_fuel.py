# adversarial: str.expandtabs and bytes.expandtabs of 1 MB with a tab every other character (4 MB results) in an endless loop: fuel counts the text read and the result written, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 20_000
# within: 6
s = 'a\t' * (5 * 10**5)
b = b'a\t' * (5 * 10**5)
while True:
    r = s.expandtabs()
    r = None
    r = b.expandtabs(4)
    r = None
    r = s.expandtabs(0)
    r = None
