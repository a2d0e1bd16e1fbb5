# Dicts keep insertion order whatever the hashes; deleting and re-inserting
# moves a key to the end. (Hash order only shows in sets.)
d = {}
for k in [33, 1, 25, 9, 17, -1, -2, 2**64, 0.5]:
    d[k] = str(k)
print(d)
del d[1]
d[1] = "again"
print(list(d))
d[33] = "updated"
print(list(d.items())[:2])
print(dict.fromkeys([5, 3, 1, 3, 5]), {k: None for k in range(10, 0, -2)})

d = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del d[i]
d[0] = 0
print(list(d))
print(d.popitem(), list(d)[-1])
e = dict(zip([1.0, 2, 3.5], "abc"))
e[1] = "one"
print(e)
print(list({-5: 0, 5: 0, -6: 0, 6: 0}))
