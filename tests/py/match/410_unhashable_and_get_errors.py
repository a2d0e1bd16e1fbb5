class NoGet(dict):
    get = None

try:
    match NoGet(a=1):
        case {"a": 1}:
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

class BadGet(dict):
    def get(self, key, default=None):
        raise LookupError("get failed for " + repr(key))

try:
    match BadGet(a=1):
        case {"a": v}:
            print("no")
except LookupError as e:
    print(type(e).__name__, e)

match BadGet(a=1):
    case {}:
        print("empty mapping pattern does not call get")
