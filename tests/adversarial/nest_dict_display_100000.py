# adversarial: 100,000 nested dict displays
# cli: SyntaxError
# embedded: SyntaxError
eval('{1:' * 100000 + '1' + '}' * 100000)
