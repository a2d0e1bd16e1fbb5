# How many distinct objects a loop of computed ints produces: each cached
# value is one object however often it is computed; every other computation
# makes a new object. All the objects stay alive in the list, so their ids
# are distinct exactly when the objects are.
values = [i % 10 + 250 for i in range(100)]
print(len(values), len(set(values)))
print(len({id(v) for v in values}))

values = [i % 300 for i in range(600)]
print(len({id(v) for v in values}))

negative = [-(i % 8) for i in range(80)]
print(len(set(negative)), len({id(v) for v in negative}))

# Repeated operations on one big value: new objects every time.
n = 10**6
copies = [n + 0 for _ in range(5)]
print(len({id(c) for c in copies}))
small = [n - n for _ in range(5)]
print(len({id(c) for c in small}), small[0] is int("0"))
