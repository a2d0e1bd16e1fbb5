# adversarial: 201 nested parentheses: too many nested parentheses
# cli: SyntaxError
# embedded: SyntaxError
eval('(' * 201 + '1' + ')' * 201)
