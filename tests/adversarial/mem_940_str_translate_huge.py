# adversarial: str.translate mapping each of 10**6 characters to 10**4 (10**10 characters of result)
# cli: skip
# embedded: MemoryError
x = ('a' * 10**6).translate({97: 'x' * 10**4})
raise ValueError("the translation finished: %d" % len(x))
