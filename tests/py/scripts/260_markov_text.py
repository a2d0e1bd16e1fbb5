"""A Markov chain text generator with a deterministic chooser."""
from collections import defaultdict, Counter
from itertools import islice

CORPUS = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a cat and a dog sat on a log .""".split()

chain = defaultdict(Counter)
for a, b, c in zip(CORPUS, CORPUS[1:], CORPUS[2:]):
    chain[(a, b)][c] += 1


def generate(start, seed):
    state = start
    yield from state
    while True:
        options = chain.get(state)
        if not options:
            return
        choices = sorted(options.elements())
        seed = (seed * 48271) % 2147483647
        word = choices[seed % len(choices)]
        yield word
        state = (state[1], word)


for seed in (1, 7, 42):
    print(" ".join(islice(generate(("the", "cat"), seed), 15)))
print(sorted(chain[("the", "cat")].items()))
print(len(chain), max(chain, key=lambda k: sum(chain[k].values())))
