# adversarial: bytes methods (replace, split, rsplit, splitlines, upper, lower, swapcase, title, strip, partition, join, hex, isalpha, slices, +) on 900 KB in a loop whose 20,000 first iterations work on 6 bytes (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
big = b'ab cd\n' * 150000
b = b'ab cd\n'
i = 0
while True:
    i += 1
    if i == 20000:
        b = big
    u = b.replace(b'a', b'x')
    parts = b.split()
    parts = b.rsplit(b' ')
    parts = b.splitlines()
    u = b' '.join(parts)
    parts = None
    u = b.upper()
    u = b.lower()
    u = b.swapcase()
    u = b.title()
    u = b.strip(b'a')
    u = b.partition(b'z')
    u = b.hex()
    u = b.isalpha()
    u = b[1:]
    u = b[::2]
    u = b + b
    u = None
