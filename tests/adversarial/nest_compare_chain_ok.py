# adversarial: 1<1<1<... 100,000 comparisons, an and-chain, adjacent strings and a long tuple compile
# cli: ValueError
# embedded: ValueError
compile('1' + '<1' * 100000, 'c', 'eval')
compile('x' + ' and x' * 100000, 'a', 'eval')
compile("'a'" + " 'a'" * 100000, 's', 'eval')
compile('1,' * 100000, 't', 'eval')
raise ValueError('flat chains are fine')
