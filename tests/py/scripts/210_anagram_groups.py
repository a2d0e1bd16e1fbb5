"""Group anagrams and find word ladders' neighbours with defaultdict."""
from collections import defaultdict
from itertools import combinations

WORDS = """listen silent enlist inlets google elgoog cat act tac dog god odg
stone tones notes onset seton banana bandana evil vile live veil""".split()

groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(ws) > 1:
        print(f"{key:8} {' '.join(sorted(ws))}")

def one_apart(a, b):
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1

pairs = [(a, b) for a, b in combinations(sorted(set(WORDS)), 2) if one_apart(a, b)]
print(pairs)
print(max(groups.values(), key=len))
