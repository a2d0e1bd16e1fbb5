# adversarial: max(range(10**12)) under a deadline
# cli: skip
# embedded: DeadlineExceeded
print(max(range(10 ** 12)))
