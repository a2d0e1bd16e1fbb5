"""Run-length encoding with groupby; a checksum with functools.reduce."""
from itertools import groupby, chain, repeat
from functools import reduce


def encode(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]


def decode(pairs):
    return "".join(chain.from_iterable(repeat(ch, n) for ch, n in pairs))


for text in ["aaabccddddde", "", "abc", "zzzzzzzzzzzz", "aabbaabb"]:
    enc = encode(text)
    assert decode(enc) == text
    packed = "".join(f"{n}{ch}" if n > 1 else ch for ch, n in enc)
    print(repr(text), enc, packed)

adler = reduce(lambda ab, ch: ((ab[0] + ord(ch)) % 65521, (ab[1] + ab[0] + ord(ch)) % 65521), "Wikipedia", (1, 0))
print(hex(adler[1] << 16 | adler[0]))
