# adversarial: == of two distinct self-referential dicts
# cli: RecursionError
# embedded: RecursionError
a = {}
a[1] = a
b = {}
b[1] = b
a == b
