"""A small real program: word frequencies, primes, and a class."""


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter()
for w in text.split():
    c.add(w)
print("Hello from Kaa!")
print("most common:", c.most_common(2))
print("primes below 50:", primes(50))
print(f"2**100 = {2**100:,}")
