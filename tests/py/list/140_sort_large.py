# Sorts longer than one chunk of the native sort (limits.rs: the chunks
# are merged under the limits): order, stability, reverse, keys.
import random

rng = random.Random(12345)
n = 100_000
ints = [rng.randrange(-1000, 1000) for _ in range(n)]
s = sorted(ints)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(n - 1)))
print(sorted(ints, reverse=True)[:5])

# Stability: equal keys keep their order (the index rides along).
pairs = sorted(range(n), key=lambda i: ints[i])
print(all(ints[pairs[i]] < ints[pairs[i + 1]] or pairs[i] < pairs[i + 1] for i in range(n - 1)))
rpairs = sorted(range(n), key=lambda i: ints[i], reverse=True)
print(all(ints[rpairs[i]] > ints[rpairs[i + 1]] or rpairs[i] < rpairs[i + 1] for i in range(n - 1)))

words = [''.join(rng.choice('abc') for _ in range(rng.randrange(1, 6))) for _ in range(n)]
w = sorted(words)
print(w[:3], w[-3:], all(w[i] <= w[i + 1] for i in range(n - 1)))
ws = sorted(range(n), key=lambda i: words[i])
print(all(words[ws[i]] < words[ws[i + 1]] or ws[i] < ws[i + 1] for i in range(n - 1)))

# Long strings: a few items per chunk.
long = [c * 3000 + str(i % 7) for i, c in enumerate(rng.choice('xyz') for _ in range(2000))]
ls = sorted(long)
print(all(ls[i] <= ls[i + 1] for i in range(len(ls) - 1)), ls[0][-2:], ls[-1][-2:])

big = list(range(n, 0, -1))
big.sort()
print(big[:3], big[-3:])
tuples = sorted((x % 10, -x) for x in range(50_000))
print(tuples[:2], tuples[-2:])
