# adversarial: 1 if x else 1 if x else ..., 100,000 deep
# cli: RecursionError
# embedded: RecursionError
compile('1 if x else ' * 100000 + '1', 'i', 'eval')
