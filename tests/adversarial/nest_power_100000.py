# adversarial: 2**2**2... 100,000 deep (right-associative)
# cli: RecursionError
# embedded: RecursionError
compile('2' + '**2' * 100000, 'p', 'eval')
