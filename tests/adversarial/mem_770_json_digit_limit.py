# adversarial: json.loads of 10**7 digits under the default digit limit: ValueError at once
# cli: ValueError
# embedded: ValueError
import json
x = json.loads('7' * 10**7)
