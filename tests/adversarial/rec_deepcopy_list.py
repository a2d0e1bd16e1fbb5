# adversarial: copy.deepcopy of a list nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import copy
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
copy.deepcopy(nested_list(100000))
