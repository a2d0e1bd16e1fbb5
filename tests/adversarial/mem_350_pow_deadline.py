# adversarial: 7 ** 10**8 under a deadline: checked between squarings
# cli: skip
# embedded: DeadlineExceeded
x = 7 ** 10 ** 8
