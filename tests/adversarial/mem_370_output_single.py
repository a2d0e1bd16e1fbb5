# adversarial: one print of 2 MiB against a 1 MiB output limit
# cli: skip
# embedded: OutputLimitExceeded
print('x' * (2 << 20))
