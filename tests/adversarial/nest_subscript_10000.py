# adversarial: a[1][1][1]... 10,000 subscripts
# cli: RecursionError
# embedded: RecursionError
compile('a' + '[1]' * 10000, 's', 'eval')
