# adversarial: 100,000 nested list brackets
# cli: SyntaxError
# embedded: SyntaxError
eval('[' * 100000 + ']' * 100000)
