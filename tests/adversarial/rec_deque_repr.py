# adversarial: repr() of deques nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import collections
d = collections.deque()
for _ in range(100000):
    d = collections.deque([d])
repr(d)
