# adversarial: list(range(10**20)): a length past ssize_t
# cli: OverflowError
# embedded: OverflowError
x = list(range(10 ** 20))
