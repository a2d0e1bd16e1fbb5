# adversarial: == of two dicts nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
def nested_dict(n):
    d = {}
    for _ in range(n):
        d = {1: d}
    return d
nested_dict(100000) == nested_dict(100000)
