# adversarial: format(n, 'd') of a huge int under the default digit limit: refused from its size at once
# cli: ValueError
# embedded: ValueError
x = (1 << 10**8) - 1
s = format(x, 'd')
