# adversarial: all() of an endless iterator calling a lambda
# cli: skip
# embedded: DeadlineExceeded
print(all(iter(lambda: 1, 0)))
