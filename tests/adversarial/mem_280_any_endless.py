# adversarial: any() of an endless iterator of zeros
# cli: skip
# embedded: DeadlineExceeded
print(any(iter(int, 1)))
