# adversarial: -(-(-...1)) 4,000 deep: too deep for the compiler
# cli: RecursionError
# embedded: RecursionError
eval('-' * 4000 + '1')
