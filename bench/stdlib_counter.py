# collections.Counter and defaultdict: word counts, most_common, counter
# arithmetic, grouping with defaultdict(list) and nested defaultdicts.
from collections import Counter, defaultdict

words = []
s = 42
vocab = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]
for _ in range(600000):
    s = (s * 1103515245 + 12345) % 2147483648
    words.append(vocab[(s >> 16) % len(vocab)] + str((s >> 8) % 7))

c = Counter(words)
print(len(c), c.most_common(3))
halves = Counter(words[:300000]), Counter(words[300000:])
print(sorted((halves[0] - halves[1]).items())[:3], (halves[0] & halves[1]).total())

counts = Counter()
for w in words:
    counts[w[0]] += 1
print(sorted(counts.items()))

groups = defaultdict(list)
for i, w in enumerate(words):
    groups[len(w)].append(i)
print(sorted((k, len(v)) for k, v in groups.items()))

nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[:2]][w[-1]] += 1
print(len(nested), sum(sum(d.values()) for d in nested.values()))
