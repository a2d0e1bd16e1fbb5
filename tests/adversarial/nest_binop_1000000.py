# adversarial: 1+1+1+... a million terms
# cli: RecursionError
# embedded: RecursionError
compile('1' + '+1' * 1000000, 'p', 'eval')
