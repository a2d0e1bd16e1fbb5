import json

for n in [2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 18, 10 ** 19,
          999999999999999999, 1000000000000000000, -999999999999999999, 3 ** 200]:
    s = json.dumps(n)
    print(s, json.loads(s) == n, type(json.loads(s)).__name__)
print(json.loads('[' + ','.join(str(10 ** k) for k in range(25)) + ']'))
big = '1' * 4300
print(json.loads(big) == int(big))
try:
    json.loads('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps(10 ** 4400)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps([10 ** 4400], indent=1)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('-0'), json.loads('-0.0'), json.loads('0e0'), json.loads('-1E-2'))
print(json.loads('1.7976931348623157e308'), json.loads('5e-324'), json.loads('1e-400'))
