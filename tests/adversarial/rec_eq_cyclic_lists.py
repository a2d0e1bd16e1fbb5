# adversarial: == of two distinct self-referential lists
# cli: RecursionError
# embedded: RecursionError
a = []
a.append(a)
b = []
b.append(b)
a == b
