# adversarial: repr() of an exception holding a tuple nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
def nested_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t
repr(ValueError(nested_tuple(100000)))
