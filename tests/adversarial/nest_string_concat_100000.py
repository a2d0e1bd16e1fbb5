# adversarial: 'a' + 'a' + ... 100,000 terms: too deep for the compiler
# cli: RecursionError
# embedded: RecursionError
compile("'a'" + "+'a'" * 100000, 's', 'eval')
