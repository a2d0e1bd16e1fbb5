# adversarial: == of two tuples nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
def nested_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t
nested_tuple(100000) == nested_tuple(100000)
