# Seeds of every supported type, versions 1 and 2, and rejected types.
import random

def first(*seed_args):
    r = random.Random()
    r.seed(*seed_args)
    return r.random()

for s in [0, 1, -1, 12345, -12345, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 10**40,
          True, False, 1.5, -2.25, 0.0, float(2**80)]:
    print(repr(s), first(s))

for s in ["", "a", "hello world", "é€𝄞", b"", b"\x00\xff", bytearray(b"abc")]:
    print(repr(s), first(s), first(s, 2))

for s in ["", "a", "hello", "é", b"hello", b"\xff\xfe"]:
    print("v1", repr(s), first(s, 1))

print(first(-7) == first(7), first(2**70) == first(-(2**70)))
print(first("abc") == first(b"abc"), first(b"abc") == first(bytearray(b"abc")))
print(first(5, 1) == first(5), first(5, 3) == first(5))

for bad in [[1], (1, 2), {1: 2}, {1}, object]:
    try:
        random.Random(bad)
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)

try:
    random.Random().seed(bytearray(b"ab"), version=1)
except TypeError as e:
    print(type(e).__name__, e)

r = random.Random(1)
r.seed(None)
r.seed()
print(type(r.random()).__name__)
