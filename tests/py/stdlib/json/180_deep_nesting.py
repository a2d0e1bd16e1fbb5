import json

for doc in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print(type(e).__name__)
    except ValueError as e:
        print(type(e).__name__, e)
deep = '[' * 200 + ']' * 200
v = json.loads(deep)
n = 0
while v:
    v = v[0]
    n += 1
print(n)
print(json.dumps(json.loads('[' * 50 + '1' + ']' * 50)) == '[' * 50 + '1' + ']' * 50)
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print(type(e).__name__)
y = {}
for i in range(100000):
    y = {'k': y}
try:
    json.dumps(y)
except RecursionError as e:
    print(type(e).__name__)
z = []
for i in range(300):
    z = [z, {'a': z}] if i < 3 else [z]
print(len(json.dumps(z)))
