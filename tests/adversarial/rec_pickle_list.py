# adversarial: pickle.dumps of a list nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import pickle
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
pickle.dumps(nested_list(100000))
