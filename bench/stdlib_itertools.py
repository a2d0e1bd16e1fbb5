# itertools pipelines: chain, islice, groupby, accumulate, product,
# combinations, permutations, zip_longest, starmap, count, takewhile.
import itertools as it
import operator

total = 0
for a, b in it.product(range(1500), repeat=2):
    total += a ^ b
print(total)

print(sum(1 for c in it.combinations(range(50), 4) if sum(c) % 7 == 0))
print(sum(1 for p in it.permutations(range(9)) if p[0] < p[-1]))

data = sorted((i * 7919) % 1000 for i in range(600000))
print(sum(len(list(g)) ** 2 for k, g in it.groupby(data)) % 1000003)

acc = list(it.accumulate(range(1, 1000000), operator.mul if False else operator.add))
print(acc[-1], sum(it.islice(acc, 0, None, 1000)))

chained = it.chain.from_iterable([range(i) for i in range(1500)])
print(sum(it.starmap(operator.mul, zip(chained, it.count(1)))))

print(sum(x for x in it.takewhile(lambda v: v < 10**9, (i * i for i in it.count()))))
print(sum(a or b for a, b in it.zip_longest(range(500000), range(0, 750000, 2), fillvalue=0)))
