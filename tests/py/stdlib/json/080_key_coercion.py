import json

d = {1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'x': 'str',
     -7: 'neg', 10 ** 20: 'big', float('inf'): 'inf', False: 'false'}
print(json.dumps(d))
print(json.dumps(d, indent=0))
print(json.loads(json.dumps(d)))
try:
    json.dumps({float('nan'): 1}, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({float('nan'): 1}, allow_nan=False, indent=2)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({0.1: 1, 1e100: 2, -0.0: 3}))
