# adversarial: not not ... x, 100,000 deep
# cli: RecursionError
# embedded: RecursionError
compile('not ' * 100000 + 'x', 'n', 'eval')
