import copy
import pickle
import uuid
a = uuid.UUID(int=1)
b = uuid.UUID(int=3)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b)
print(a == 1, a != 'x')
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
print(hash(a) == hash(1), len({a, uuid.UUID(int=1), b}))
print(sorted([b, a, uuid.UUID(int=2)]))
print(copy.copy(b) == b, copy.deepcopy(b) == b)
print(pickle.loads(pickle.dumps(b)) == b)
d = {a: 'one'}
print(d[uuid.UUID('00000000-0000-0000-0000-000000000001')])
