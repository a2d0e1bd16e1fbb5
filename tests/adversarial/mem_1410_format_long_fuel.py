# adversarial: str.format, format() with a width, f-strings (with a spec, and the pieces joined) and % formatting of 2 MB texts and 2 MB widths in an endless loop: fuel counts every field copied and padded, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 30_000
# within: 6
s = 'q' * (2 * 10**6)
w = 2 * 10**6
while True:
    r = '{}{}'.format(s, s)
    r = None
    r = '{:>{}}'.format('x', w)
    r = None
    r = format(s, '<2000001')
    r = None
    r = f'{s}{s:^2000002}'
    r = None
    r = f'{s}-{s}'
    r = None
    r = '%s|%s' % (s, s)
    r = None
    r = '%2000000d' % 7
    r = None
