# adversarial: print in an endless loop against the output limit
# cli: skip
# embedded: OutputLimitExceeded
while True:
    print('x' * 1000)
