# adversarial: lambda: lambda: ..., 100,000 deep
# cli: RecursionError
# embedded: RecursionError
compile('lambda: ' * 100000 + '1', 'l', 'eval')
