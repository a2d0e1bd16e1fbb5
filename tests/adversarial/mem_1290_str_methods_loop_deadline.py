# adversarial: str methods on a text just under a megabyte (upper, lower, split, replace, join, encode, decode, find, count) in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
s = 'ab cd ' * 150000
while True:
    u = s.upper()
    u = s.lower()
    parts = s.split()
    u = ' '.join(parts)
    parts = None
    u = s.replace('a', 'x')
    e = s.encode()
    u = e.decode()
    s.find('z')
    s.count('z')
    u = e = None
