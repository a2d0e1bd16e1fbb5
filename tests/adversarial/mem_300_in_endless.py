# adversarial: `in` on an endless iterator
# cli: skip
# embedded: DeadlineExceeded
print(1 in iter(int, 1))
