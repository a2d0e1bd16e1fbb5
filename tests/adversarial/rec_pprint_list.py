# adversarial: pprint.pformat of a list nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import pprint
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
pprint.pformat(nested_list(100000))
