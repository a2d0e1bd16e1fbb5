"""Word frequencies of a text: Counter, most_common, sorted with keys."""
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
counts = Counter(w for w in words if w)
for word, n in counts.most_common(6):
    print(f"{word:>10} {n:3d} {'#' * n}")
print("distinct:", len(counts), "total:", counts.total())
by_len = sorted(counts, key=lambda w: (-len(w), w))[:5]
print("longest:", by_len)
print("letters:", Counter(c for c in TEXT.lower() if c.isalpha()).most_common(5))
