"""Primes with an incremental sieve built on itertools.count and islice."""
import itertools


def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


first = list(itertools.islice(primes(), 25))
print(first)
twins = [(a, b) for a, b in itertools.pairwise(first) if b - a == 2]
print("twins:", twins)
gaps = [b - a for a, b in itertools.pairwise(itertools.islice(primes(), 200))]
print("max gap under 200 primes:", max(gaps))
print("running sums:", list(itertools.accumulate(first[:10])))
print("goldbach 100:", [(p, 100 - p) for p in itertools.takewhile(lambda p: p <= 50, primes()) if (100 - p) in set(first)])
