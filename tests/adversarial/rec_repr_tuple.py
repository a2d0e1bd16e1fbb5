# adversarial: repr() of a tuple nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
def nested_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t
repr(nested_tuple(100000))
