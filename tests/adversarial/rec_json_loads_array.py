# adversarial: json.loads of 100,000 nested arrays
# cli: RecursionError
# embedded: RecursionError
import json
json.loads('[' * 100000 + ']' * 100000)
