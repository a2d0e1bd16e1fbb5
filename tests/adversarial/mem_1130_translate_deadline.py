# adversarial: str.translate of 4*10**7 characters through a dict (a lookup each) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
s = 'a' * (4 * 10**7)
for _ in range(1000):
    x = s.translate({98: 'c'})
raise ValueError("the translations finished within the limits")
