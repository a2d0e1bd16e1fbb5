# adversarial: hash() of a tuple nested 100,000 deep works (as CPython), then ValueError
# cli: ValueError
# embedded: ValueError
def nested_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t
t = nested_tuple(100000)
assert hash(t) == hash(nested_tuple(100000))
raise ValueError('hashed')
