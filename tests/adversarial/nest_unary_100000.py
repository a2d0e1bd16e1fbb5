# adversarial: -(-(-...1)) 100,000 deep
# cli: RecursionError
# embedded: RecursionError
eval('-' * 100000 + '1')
