"""Grouping records: defaultdict, itertools.groupby, operator.itemgetter."""
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "east", 40), ("2024-03", "south", 130), ("2024-03", "north", 60),
    ("2024-03", "east", 75), ("2024-01", "east", 20),
]

by_region = defaultdict(list)
for month, region, amount in sales:
    by_region[region].append(amount)
for region in sorted(by_region):
    amounts = by_region[region]
    print(f"{region:6} n={len(amounts)} total={sum(amounts):4} avg={sum(amounts) / len(amounts):.1f}")

for month, rows in groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0)):
    rows = list(rows)
    best = max(rows, key=itemgetter(2))
    print(month, sum(map(itemgetter(2), rows)), "best:", best[1])

totals = defaultdict(int)
for _, region, amount in sales:
    totals[region] += amount
print(sorted(totals.items(), key=itemgetter(1), reverse=True))
