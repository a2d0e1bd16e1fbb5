# adversarial: json.loads of 100,000 nested objects
# cli: RecursionError
# embedded: RecursionError
import json
json.loads('{"a":' * 100000 + '1' + '}' * 100000)
