# adversarial: json.dumps of a dict nested 100,000 deep, indented
# cli: RecursionError
# embedded: RecursionError
import json
d = {}
for _ in range(100000):
    d = {'k': d}
json.dumps(d, indent=1)
