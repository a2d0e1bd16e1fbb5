# adversarial: 200 nested parentheses and brackets compile
# cli: ValueError
# embedded: ValueError
assert eval('(' * 200 + '1' + ')' * 200) == 1
assert len(eval('[' * 200 + ']' * 200)) == 1
raise ValueError('200 nested parentheses are fine')
