# adversarial: an except clause matching against a tuple nested 100,000 deep
# cli: TypeError
# embedded: TypeError
t = KeyError
for _ in range(100000):
    t = (t,)
try:
    raise ValueError
except t:
    pass
