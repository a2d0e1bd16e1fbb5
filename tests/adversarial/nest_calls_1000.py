# adversarial: f(f(f(...))) 1,000 deep
# cli: SyntaxError
# embedded: SyntaxError
eval('f(' * 1000 + ')' * 1000)
