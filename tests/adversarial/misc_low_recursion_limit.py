# adversarial: sys.setrecursionlimit(60) then repr of a list 100 deep
# cli: RecursionError
# embedded: RecursionError
import sys
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
sys.setrecursionlimit(60)
repr(nested_list(100))
