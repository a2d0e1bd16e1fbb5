d = {"s": 'q"uote', 1: [1.5, None], (1,): {"in": True}}
print(d, str(d) == repr(d))
r = {}
r["self"] = r
print(r)
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == {}, {1: 1} == {1.0: 1.0})
print(list({1: 2, 3: 4}.items()) == list({3: 4, 1: 2}.items()))
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
