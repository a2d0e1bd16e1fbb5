# adversarial: a.b.b.b... 100,000 attributes long
# cli: RecursionError
# embedded: RecursionError
compile('a' + '.b' * 100000, 'a', 'eval')
