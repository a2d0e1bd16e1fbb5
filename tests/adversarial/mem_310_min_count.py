# adversarial: min(itertools.count())
# cli: skip
# embedded: DeadlineExceeded
import itertools

print(min(itertools.count()))
