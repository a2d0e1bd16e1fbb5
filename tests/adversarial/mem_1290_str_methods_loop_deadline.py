# adversarial: str methods on a text just under a megabyte (upper, lower, casefold, swapcase, title, capitalize, split, rsplit, splitlines, partition, join, replace, encode, decode, find, count) in an endless loop under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
s = 'ab cd\n' * 150000
while True:
    u = s.upper()
    u = s.lower()
    u = s.casefold()
    u = s.swapcase()
    u = s.title()
    u = s.capitalize()
    parts = s.split()
    u = ' '.join(parts)
    parts = s.rsplit(' ')
    parts = s.splitlines()
    parts = None
    u = s.partition('z')
    u = s.rpartition('z')
    u = s.replace('a', 'x')
    e = s.encode()
    u = e.decode()
    u = str(e, 'ascii')
    s.find('z')
    s.count('z')
    u = e = None
