# adversarial: sum() of an endless generator
# cli: skip
# embedded: DeadlineExceeded
print(sum(i for i in iter(int, 1)))
