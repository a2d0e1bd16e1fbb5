# adversarial: int.to_bytes with a length past ssize_t
# cli: OverflowError
# embedded: OverflowError
b = (1).to_bytes(2 ** 63, 'big')
