# adversarial: sum(range(10**12)) under a deadline
# cli: skip
# embedded: DeadlineExceeded
print(sum(range(10 ** 12)))
