# adversarial: < of two lists nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
nested_list(100000) < nested_list(100000)
