# adversarial: 1 << 10**20: more digits than an int can have
# cli: OverflowError
# embedded: OverflowError
x = 1 << 10 ** 20
