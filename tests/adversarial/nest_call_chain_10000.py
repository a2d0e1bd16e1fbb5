# adversarial: f()()()... 10,000 calls
# cli: RecursionError
# embedded: RecursionError
compile('f()' + '()' * 10000, 's', 'eval')
