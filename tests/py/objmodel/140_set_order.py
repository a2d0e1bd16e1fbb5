# A set of numbers iterates in the order of its hash table, which is
# deterministic because number hashes are: slot = hash & (size - 1), then
# linear probing, then perturbed jumps; the table grows when 3/5 full.
values = [1, 9, 17, 25, 33]
print(set(values), frozenset(values))
s = set()
for v in values:
    s.add(v)
print(s)
print(set([3, 1, 2]), set([-1, -2, -3, -5, 7]), set([100, 5, -100, -2, -1]))
print(set([2**61, 2**62, 2**61 + 8, 1, 0]))
print(set([0.5, 1.5, 2.0, 1, 2**61, 2**62, -0.25]))
print(set(range(20, 0, -1)))
print(set([i * 8 for i in range(12)]))
print(set([i * 1024 for i in range(10)]))
print(set([-i for i in range(10)]))
print(set(x * x for x in range(30)))

x = 1
print({x, 9, 17, 25, 33}, {x + 2, x, x + 1})
