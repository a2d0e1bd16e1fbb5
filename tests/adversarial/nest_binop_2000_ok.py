# adversarial: 1+1+... 2,000 terms compile and run
# cli: ValueError
# embedded: ValueError
assert eval('1' + '+1' * 2000) == 2001
raise ValueError('2000 terms are fine')
